package ma.socialhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmsPartsTest {

    @Test
    void aFrenchTextInTheGsmAlphabetFitsOneMessageUpTo160Characters() {
        SmsParts parts = SmsParts.of("a".repeat(160));
        assertThat(parts.encoding()).isEqualTo(SmsParts.Encoding.GSM7);
        assertThat(parts.count()).isEqualTo(1);
        assertThat(parts.charsLeftInLastPart()).isZero();
        assertThat(SmsParts.of("a".repeat(161)).count()).isEqualTo(2);
    }

    @Test
    void aFrenchLetterThatGsmLacksMakesTheWholeMessageUcs2() {
        SmsParts parts = SmsParts.of("Votre tour approche, préparez-vous : ça arrive");
        assertThat(parts.encoding()).isEqualTo(SmsParts.Encoding.UCS2);
    }

    @Test
    void theEuroSignTakesTwoSeptetsAndIsNeverCutFromItsEscape() {
        SmsParts parts = SmsParts.of("a".repeat(152) + "€" + "b".repeat(10));
        assertThat(parts.encoding()).isEqualTo(SmsParts.Encoding.GSM7);
        assertThat(parts.texts()).containsExactly("a".repeat(152), "€" + "b".repeat(10));
        byte[] first = parts.payloads(7).get(1);
        assertThat(first[6]).isEqualTo((byte) 0x1B);
        assertThat(first[7]).isEqualTo((byte) 0x65);
        assertThat(SmsParts.of("{x}").charsLeftInLastPart()).isEqualTo(160 - 5);
    }

    @Test
    void aTwoHundredCharacterArabicTextIsThreePartsThatReassembleExactly() {
        String arabic = "اقترب دوركم في المركز الاجتماعي، المرجو الحضور إلى الشباك ".repeat(4).substring(0, 200);
        SmsParts parts = SmsParts.of(arabic);
        assertThat(parts.encoding()).isEqualTo(SmsParts.Encoding.UCS2);
        assertThat(parts.count()).isEqualTo(3);
        assertThat(parts.texts().get(0)).hasSize(67);
        assertThat(parts.texts().get(1)).hasSize(67);
        assertThat(String.join("", parts.texts())).isEqualTo(arabic);

        List<byte[]> payloads = parts.payloads(0x1234);
        StringBuilder reassembled = new StringBuilder();
        for (int i = 0; i < payloads.size(); i++) {
            byte[] p = payloads.get(i);
            assertThat(p[0]).isEqualTo((byte) 5);
            assertThat(p[3]).isEqualTo((byte) 0x34);
            assertThat(p[4]).isEqualTo((byte) 3);
            assertThat(p[5]).isEqualTo((byte) (i + 1));
            assertThat(p.length - 6).isLessThanOrEqualTo(134);
            reassembled.append(SmsParts.decode(java.util.Arrays.copyOfRange(p, 6, p.length), SmsParts.Encoding.UCS2));
        }
        assertThat(reassembled.toString()).isEqualTo(arabic);
    }

    @Test
    void seventyTifinaghLettersAreOneMessageAndSeventyOneAreTwo() {
        assertThat(SmsParts.of("ⵜ".repeat(70)).count()).isEqualTo(1);
        assertThat(SmsParts.of("ⵜ".repeat(71)).count()).isEqualTo(2);
    }

    @Test
    void anEmojiIsNeverSplitBetweenItsTwoHalves() {
        SmsParts parts = SmsParts.of("a".repeat(66) + "😀" + "b".repeat(10));
        assertThat(parts.texts().get(0)).isEqualTo("a".repeat(66));
        assertThat(parts.texts().get(1)).startsWith("😀");
    }

    @Test
    void gsmTextSurvivesEncodingAndDecoding() {
        String text = "Centre Hay Hassani: ticket A-042, à 10h30 [€5] ñ Ü @£$";
        assertThat(SmsParts.decode(SmsParts.encode(text, SmsParts.Encoding.GSM7), SmsParts.Encoding.GSM7))
                .isEqualTo(text);
    }
}
