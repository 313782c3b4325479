package ma.socialhub.directory;

import ma.socialhub.base.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A program people can be referred to, with its targets (Jisr: 36,000 women, about 3,000 per region). */
public record Program(long id, String code, LocalizedText name, @Nullable Integer nationalTarget,
        @Nullable Integer regionalTarget) {
}
