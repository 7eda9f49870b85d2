package vn.khaothi.engine.application.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.domain.remote.EvidenceRef;

/** Evidence types come from the bytes (Tika's magic database), whatever the name or header says. */
class EvidenceTypesTest {

    @Test
    void picturesAndPdfAreRecognisedByTheirBytes() throws Exception {
        assertEquals("image/png", EvidenceTypes.detect(image("png")));
        assertEquals("image/jpeg", EvidenceTypes.detect(image("jpg")));
        assertEquals("application/pdf", EvidenceTypes.detect("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] webp = new byte[32];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
        assertEquals("image/webp", EvidenceTypes.detect(webp));
    }

    @Test
    void disguisedOrOtherContentIsNotAccepted() {
        String html = EvidenceTypes.detect("<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        String svg = EvidenceTypes.detect("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"
                .getBytes(StandardCharsets.UTF_8));
        String zip = EvidenceTypes.detect(new byte[] {0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0});
        String exe = EvidenceTypes.detect(new byte[] {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        String text = EvidenceTypes.detect("giấy khám bệnh".getBytes(StandardCharsets.UTF_8));
        for (String type : new String[] {html, svg, zip, exe, text}) {
            assertFalse(EvidenceRef.ACCEPTED_TYPES.contains(type), type);
        }
        assertEquals("text/html", html);
    }

    @Test
    void namesAreForDisplayOnly() {
        assertEquals("passwd", EvidenceFiles.cleanName("../../etc/passwd", "application/pdf"));
        assertEquals("giấy khám.pdf", EvidenceFiles.cleanName("C:\\Users\\hs\\giấy khám.pdf", "application/pdf"));
        assertEquals("ab.png", EvidenceFiles.cleanName("a\u0000b\n.png", "image/png"));
        assertEquals("minh-chung.jpg", EvidenceFiles.cleanName("  ", "image/jpeg"));
        assertTrue(EvidenceFiles.cleanName("x".repeat(500), "image/webp").length() <= EvidenceFiles.MAX_NAME);
    }

    private static byte[] image(String format) throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
