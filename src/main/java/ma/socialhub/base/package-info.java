/**
 * The shared kernel every feature builds on: security, i18n, layouts, the database's plumbing.
 * An open module: its subpackages are used by all features, and it depends on none of them.
 */
@NullMarked
@OwnsTables({"admin_change", "hub_secret"})
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package ma.socialhub.base;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
