package ma.socialhub.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a comment keeps of a number, however someone tries to write it in. */
class CommentScreenTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "appelez-moi au 0612345678 svp",
            "appelez-moi au +212 6 12 34 56 78 svp",
            "appelez-moi au 06_12_34_56_78 svp",
            "appelez-moi au 06,12,34,56,78 svp",
            "اتصلوا بي ٠٦١٢٣٤٥٦٧٨ من فضلكم",
            "اتصلوا بي ٠٦،١٢،٣٤،٥٦،٧٨ من فضلكم",
            "appelez-moi au 06\u200B12\u200B34\u200B56\u200B78 svp",
            "appelez-moi au 06\u202F12\u202F34\u202F56\u202F78 svp",
            "ma carte AB-123456 svp",
            "ma carte AB ١٢٣٤٥٦ svp",
            "ma carte AB 12 34 56 svp",
            "mon dossier RAMED 1234567890 svp"})
    void noNumberSurvivesWhateverItsDigitsOrSeparators(String comment) {
        String kept = CommentScreen.screen(comment);

        assertThat(kept).contains(CommentScreen.MASK);
        assertThat(kept.replaceAll("\\D", "")).hasSizeLessThan(4);
    }

    @Test
    void ordinaryWordsTimesAndYearsStay() {
        assertThat(CommentScreen.screen("Accueil très gentil à 10h30, merci ! Venue en 2025 au guichet 3."))
                .isEqualTo("Accueil très gentil à 10h30, merci ! Venue en 2025 au guichet 3.");
    }

    @Test
    void anEmailAddressIsMasked() {
        assertThat(CommentScreen.screen("écrivez à fatima.z@example.ma")).isEqualTo("écrivez à " + CommentScreen.MASK);
    }
}
