package ma.socialhub.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Text in the hub's PDFs (OpenPDF): each run of characters in a font that has them (Helvetica for
 * Latin, the shipped Noto fonts for Arabic and Tifinagh, so no system font is needed), and a cell
 * holding Arabic laid out right to left, which is also where OpenPDF joins Arabic letters.
 */
public final class PdfText {

    private static final BaseFont ARABIC = font("NotoSansArabic-Regular.ttf");
    private static final BaseFont ARABIC_BOLD = font("NotoSansArabic-Bold.ttf");
    private static final BaseFont TIFINAGH = font("NotoSansTifinagh-Regular.ttf");

    private PdfText() {
    }

    public static Phrase phrase(String text, float size, boolean bold) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(Font.HELVETICA, size, bold ? Font.BOLD : Font.NORMAL));
        selector.addFont(new Font(bold ? ARABIC_BOLD : ARABIC, size));
        selector.addFont(new Font(TIFINAGH, size));
        return selector.process(text.isEmpty() ? " " : text);
    }

    /** A table cell for {@code text}; right to left when it holds Arabic. */
    public static PdfPCell cell(String text, float size, boolean bold) {
        PdfPCell cell = new PdfPCell(phrase(text, size, bold));
        cell.setRunDirection(hasArabic(text) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        cell.setPadding(4);
        return cell;
    }

    public static boolean hasArabic(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfText.class.getResourceAsStream("/META-INF/resources/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is not shipped");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
