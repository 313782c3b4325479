package ma.socialhub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import ma.socialhub.base.i18n.HubTranslations;
import org.junit.jupiter.api.Test;

class AccessDetailTest {

    static final HubTranslations TEXTS = new HubTranslations();

    static BiFunction<String, Map<String, Object>, String> in(String language) {
        return (key, values) -> TEXTS.getTranslation(key, Locale.forLanguageTag(language), values);
    }

    @Test
    void aSearchReadsInTheReadersLanguageWithItsCount() {
        String detail = AccessDetail.of("searchByIdCard", "found", 2);

        assertThat(AccessDetail.render("SEARCH", detail, in("fr"))).isEqualTo("Recherche par CIN : 2 trouvé(s)");
        assertThat(AccessDetail.render("SEARCH", detail, in("ar"))).isEqualTo("بحث برقم البطاقة الوطنية: 2 نتيجة");
    }

    @Test
    void consentScopesAreNamedInTheSameLanguage() {
        String detail = AccessDetail.of("consentGiven", "scopes", "PROCESSING,SHARING");

        assertThat(AccessDetail.render("CONSENT", detail, in("fr")))
                .isEqualTo("Consentement donné : " + TEXTS.getTranslation("intake.consent.short.PROCESSING", Locale.FRENCH) + ", "
                        + TEXTS.getTranslation("intake.consent.short.SHARING", Locale.FRENCH));
    }

    @Test
    void theRequestBehindAnErasureAndOldFreeTextAreShownAsWritten() {
        assertThat(AccessDetail.render("ERASE", "demande", in("fr"))).isEqualTo("demande");
        assertThat(AccessDetail.render("READ", "file opened", in("fr"))).isEqualTo("file opened");
    }

    @Test
    void aSemicolonInAValueCannotForgeAnotherValue() {
        assertThat(AccessDetail.of("export", "format", "pdf;found=9")).isEqualTo("export;format=pdf,found=9");
    }
}
