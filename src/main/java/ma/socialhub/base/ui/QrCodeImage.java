package ma.socialhub.base.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.html.Image;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

/**
 * A QR code drawn with ZXing, inlined as a PNG data URL: the picture travels with the page, so a
 * ticket printed or photographed later needs nothing more from the server.
 */
public final class QrCodeImage {

    private QrCodeImage() {
    }

    public static Image of(String content, int pixels, String alt) {
        Image image = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png(content, pixels)), alt);
        image.addClassName("qr-code");
        image.getElement().setAttribute("data-qr", content);
        return image;
    }

    /** The PNG bytes of a QR code for {@code content}, medium error correction, with a quiet zone. */
    public static byte[] png(String content, int pixels) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, pixels, pixels,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for this content", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
