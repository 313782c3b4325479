package ma.socialhub.base.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads the QR code in a photo, with ZXing on the server: the fallback of the counter's scan when
 * the tablet's camera cannot stream to the page. Tries hard (a phone photo is rarely square or
 * sharp) and says nothing about what it cannot read.
 */
public final class QrPhoto {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    private QrPhoto() {
    }

    /** The text of the QR code in the picture, if there is one that can be read. */
    public static Optional<String> read(byte[] picture) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(picture));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (image == null) {
            return Optional.empty();
        }
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return Optional.of(new MultiFormatReader().decode(bitmap, HINTS).getText());
            } catch (NotFoundException e) {
                // try the other binarizer
            }
        }
        return Optional.empty();
    }
}
