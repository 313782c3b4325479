package ma.socialhub.base.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a feature's {@code package-info.java}, the tables that the feature alone writes and
 * reads, and the read models (SQL views over its own tables) that it publishes for other features.
 * Another feature's SQL may name a published read model, never a table it does not own: a view is a
 * contract the owner keeps when its tables change, a table is not (ADR 0020).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface OwnsTables {

    /** Tables created by the migrations that this feature owns. */
    String[] value();

    /** Views over its own tables that other features may read. */
    String[] publishes() default {};
}
