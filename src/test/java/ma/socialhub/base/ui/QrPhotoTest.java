package ma.socialhub.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrPhotoTest {

    static final String LINK = "https://hub.example/t/AbCdEfGhIjKlMnOpQrStUv.0123456789abcdef";

    @Test
    void theQrCodeTheHubPrintsIsReadBack() {
        assertThat(QrPhoto.read(QrCodeImage.png(LINK, 300))).contains(LINK);
    }

    @Test
    void aSmallTiltedQrCodeInALargerGreyJpegPhotoIsStillRead() throws Exception {
        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(QrCodeImage.png(LINK, 260)));
        BufferedImage photo = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(180, 175, 170));
        g.fillRect(0, 0, 1600, 1200);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(8), 800, 600);
        g.drawImage(qr, 650, 450, null);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpg", jpeg);

        assertThat(QrPhoto.read(jpeg.toByteArray())).contains(LINK);
    }

    @Test
    void aPictureWithoutAQrCodeOrNoPictureAtAllReadsAsNothing() throws Exception {
        BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(blank, "png", png);
        assertThat(QrPhoto.read(png.toByteArray())).isEmpty();
        assertThat(QrPhoto.read("not a picture".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(QrPhoto.read(new byte[0])).isEmpty();
    }
}
