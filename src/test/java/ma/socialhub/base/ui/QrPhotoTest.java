package ma.socialhub.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
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
    void aSmallFileDeclaringAHugeImageIsRefusedBeforeItIsDecoded() throws Exception {
        // 20,000 × 20,000 pixels of one colour compress to a few hundred kilobytes: 1.6 GB once decoded
        byte[] bomb = bigBlankPng(20_000, 20_000);
        assertThat(bomb.length).isLessThan(2_000_000);
        Runtime runtime = Runtime.getRuntime();
        runtime.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        assertThat(QrPhoto.decode(bomb)).isNull();
        assertThat(QrPhoto.read(bomb)).isEmpty();
        assertThat(runtime.totalMemory() - runtime.freeMemory() - before).as("bytes allocated").isLessThan(200_000_000L);
    }

    @Test
    void aLargeButAcceptablePhotoIsDecodedAtAReducedResolutionAndItsCodeStillRead() throws Exception {
        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(QrCodeImage.png(LINK, 1200)));
        BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 4000, 3000);
        g.drawImage(qr, 1400, 900, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(photo, "png", png);
        BufferedImage decoded = QrPhoto.decode(png.toByteArray());
        assertThat((long) decoded.getWidth() * decoded.getHeight()).isLessThanOrEqualTo(QrPhoto.DECODED_PIXELS);
        assertThat(QrPhoto.read(png.toByteArray())).contains(LINK);
    }

    /** A PNG of one colour written row by row with a deflater, without ever holding the image. */
    static byte[] bigBlankPng(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed,
                new Deflater(9))) {
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                z.write(row);
            }
        }
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        CRC32 crc = new CRC32();
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
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
