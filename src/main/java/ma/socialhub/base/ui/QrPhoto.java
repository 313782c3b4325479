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
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the QR code in a photo, with ZXing on the server: the fallback of the counter's scan when
 * the tablet's camera cannot stream to the page. Tries hard (a phone photo is rarely square or
 * sharp) and says nothing about what it cannot read.
 *
 * <p>A picture is measured before it is decoded: a small file can declare an enormous image (a PNG
 * of 20,000 × 20,000 pixels fits in a few kilobytes and would take gigabytes to decode). Above
 * {@link #MAX_PIXELS} it is refused unread; above {@link #DECODED_PIXELS} it is decoded at a
 * reduced resolution, which a QR code on a ticket survives and the server's memory too.
 */
public final class QrPhoto {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    /** The largest picture accepted at all: 50 megapixels, more than any tablet or phone camera takes. */
    static final long MAX_PIXELS = 50_000_000L;
    /** Larger pictures are decoded at a reduced resolution, to about this many pixels. */
    static final long DECODED_PIXELS = 4_000_000L;

    private QrPhoto() {
    }

    /** The text of the QR code in the picture, if there is one that can be read. */
    public static Optional<String> read(byte[] picture) {
        BufferedImage image;
        try {
            image = decode(picture);
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

    /** The picture, measured first and read at a resolution the budget allows; null if it is no picture or too large. */
    static BufferedImage decode(byte[] picture) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
            Iterator<ImageReader> readers = input == null ? Collections.emptyIterator() : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return null;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }
}
