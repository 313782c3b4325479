package ma.socialhub.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void latinNamesLoseCaseAndAccents() {
        assertThat(NameKeys.normalise("  Aït-MELLOUL  Hélène ")).isEqualTo("ait melloul helene");
    }

    @Test
    void arabicNamesLoseDiacriticsAndTatweelAndLettersWrittenInterchangeablyBecomeOne() {
        assertThat(NameKeys.normalise("فَاطِمَة")).isEqualTo(NameKeys.normalise("فاطمه"));
        assertThat(NameKeys.normalise("أمينة")).isEqualTo(NameKeys.normalise("امينه"));
        assertThat(NameKeys.normalise("إيمان")).isEqualTo(NameKeys.normalise("ايمان"));
        assertThat(NameKeys.normalise("مصطفى")).isEqualTo(NameKeys.normalise("مصطفي"));
        assertThat(NameKeys.normalise("محـــمد")).isEqualTo(NameKeys.normalise("محمد"));
    }

    @Test
    void aFullNameKeyDoesNotDependOnTheOrderOfItsWords() {
        assertThat(NameKeys.key("Fatima", "Amrani")).isEqualTo(NameKeys.key("AMRANI", "fatima"));
        assertThat(NameKeys.key("", "")).isEmpty();
    }
}
