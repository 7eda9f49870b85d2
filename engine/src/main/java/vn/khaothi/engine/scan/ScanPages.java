package vn.khaothi.engine.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import vn.khaothi.engine.application.sitting.SittingProblem;

/**
 * The pages of an upload: one photo (JPEG, PNG) or a scanner's multi-page PDF, told apart by their first bytes
 * (never by a file name or a header the client chose). PDF pages are rendered by PDFBox at 150 dpi in grey, as a
 * scanner would have produced them.
 */
final class ScanPages {

    static final int MAX_PAGES = 200;
    private static final float PDF_DPI = 150;

    enum Kind { JPEG, PNG, PDF }

    private ScanPages() {
    }

    static Kind kind(byte[] body) {
        if (body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F') {
            return Kind.PDF;
        }
        if (body.length > 3 && (body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xD8) {
            return Kind.JPEG;
        }
        if (body.length > 8 && (body[0] & 0xff) == 0x89 && body[1] == 'P' && body[2] == 'N' && body[3] == 'G') {
            return Kind.PNG;
        }
        throw new SittingProblem(SittingProblem.Kind.INVALID, "UNSUPPORTED_SCAN",
                "Tệp phải là ảnh JPEG/PNG hoặc tệp PDF / the body must be a JPEG or PNG photo or a PDF scan");
    }

    /** Counts the pages (a PDF is checked to open before the batch is accepted). */
    static int count(byte[] body, Kind kind) {
        if (kind != Kind.PDF) {
            return 1;
        }
        try (PDDocument doc = Loader.loadPDF(body)) {
            int n = doc.getNumberOfPages();
            if (n < 1 || n > MAX_PAGES) {
                throw new SittingProblem(SittingProblem.Kind.UNPROCESSABLE, "TOO_MANY_PAGES",
                        "Tệp PDF có 1–" + MAX_PAGES + " trang / a PDF scan has 1–" + MAX_PAGES + " pages", null);
            }
            return n;
        } catch (IOException e) {
            throw new SittingProblem(SittingProblem.Kind.INVALID, "UNSUPPORTED_SCAN",
                    "Không mở được tệp PDF / the PDF could not be opened");
        }
    }

    /** Page {@code index} (0-based) as an image, or null when it cannot be decoded. */
    static BufferedImage page(byte[] body, Kind kind, int index) {
        try {
            if (kind == Kind.PDF) {
                try (PDDocument doc = Loader.loadPDF(body)) {
                    return new PDFRenderer(doc).renderImageWithDPI(index, PDF_DPI, ImageType.GRAY);
                }
            }
            return ImageIO.read(new ByteArrayInputStream(body));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The page as the review screen shows it: a JPEG without EXIF rotation, so marks drawn at pixels match. */
    static byte[] jpeg(BufferedImage image) {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            rgb.getGraphics().drawImage(image, 0, 0, null);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
            ImageWriter writer = writers.next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            try (var ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(rgb, null, null), param);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
