package vn.khaothi.engine.scan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import vn.khaothi.engine.application.sheet.SheetBubble;
import vn.khaothi.engine.application.sheet.SheetDesign;
import vn.khaothi.engine.application.sheet.SheetLayout;
import vn.khaothi.engine.application.sheet.SheetQuestion;
import vn.khaothi.engine.infrastructure.print.PrintablePaper;
import vn.khaothi.engine.infrastructure.print.ScanSheetPdf;

/**
 * Makes photos of filled answer sheets FOR TESTS (ảnh phiếu giả lập): our own sheet PDF rendered by PDFBox, bubbles
 * filled with pen-like marks (varying darkness, partial fills, crossed-out and erased marks, double marks), then
 * photographed badly: rotation, perspective, blur, noise, a shadow, JPEG compression, 1600 px wide. Every photo
 * comes with the truth it was made from, so a test can tell a right reading, a flagged one and a silent error.
 */
public final class SheetPhotos {

    /** The test paper: 12 single-choice, 4 clusters, 6 short answers, 1 essay — the 2025 format's shape. */
    public static final List<SheetQuestion> QUESTIONS = questions();
    public static final SheetLayout LAYOUT = SheetDesign.layout(QUESTIONS);
    public static final long PAPER_ID = 42;

    /** How badly the photo is taken. */
    public enum Level { CLEAN, MODERATE, SEVERE }

    /** What a photo is of: the answers truly marked (null = blank), and the marks meant to be flagged. */
    public record Truth(String studentNumber, String versionCode, Map<Integer, Object> answers,
            Map<Integer, String> hard, boolean notASheet, boolean upsideDown) {
    }

    public record Photo(byte[] jpeg, Truth truth) {
    }

    private static final float DPI = 150;
    private static final Map<String, BufferedImage> BLANKS = new java.util.concurrent.ConcurrentHashMap<>();

    private SheetPhotos() {
    }

    private static List<SheetQuestion> questions() {
        List<SheetQuestion> q = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            q.add(new SheetQuestion(i, SheetQuestion.Kind.CHOICE, 4));
        }
        for (int i = 13; i <= 16; i++) {
            q.add(new SheetQuestion(i, SheetQuestion.Kind.CLUSTER, 4));
        }
        for (int i = 17; i <= 22; i++) {
            q.add(new SheetQuestion(i, SheetQuestion.Kind.SHORT, 4));
        }
        q.add(new SheetQuestion(23, SheetQuestion.Kind.ESSAY, 0));
        return List.copyOf(q);
    }

    /** The blank sheet of a version as a PDF (what the application prints). */
    public static byte[] pdf(String versionCode) {
        PrintablePaper paper = new PrintablePaper("", "Trường THCS Demo", "Toán", "9", "Kiểm tra giữa kì I",
                "2025 – 2026", 60, versionCode, List.of());
        return new ScanSheetPdf().render(List.of(new ScanSheetPdf.Sheet(PAPER_ID, paper, LAYOUT, null)));
    }

    /** The sheet rendered at 150 dpi, as a printer would put it on paper (cached per version). */
    public static BufferedImage page(String versionCode) {
        BufferedImage blank = BLANKS.computeIfAbsent(versionCode, code -> {
            try (PDDocument doc = Loader.loadPDF(pdf(code))) {
                return new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        BufferedImage copy = new BufferedImage(blank.getWidth(), blank.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(blank, 0, 0, null);
        return copy;
    }

    /** A random filled sheet at a distortion level; {@code hard} adds a double, erased or crossed-out mark. */
    public static Photo random(Random random, Level level, boolean hard) {
        String version = "10" + (1 + random.nextInt(4));
        String student = String.format("%06d", 900001 + random.nextInt(80));
        Map<Integer, Object> answers = new LinkedHashMap<>();
        for (SheetQuestion q : QUESTIONS) {
            if (random.nextInt(12) == 0 && q.kind() != SheetQuestion.Kind.ESSAY) {
                answers.put(q.number(), null); // left blank
                continue;
            }
            switch (q.kind()) {
                case CHOICE -> answers.put(q.number(), String.valueOf((char) ('A' + random.nextInt(4))));
                case CLUSTER -> {
                    Map<String, Boolean> v = new LinkedHashMap<>();
                    for (String s : List.of("a", "b", "c", "d")) {
                        v.put(s, random.nextBoolean());
                    }
                    answers.put(q.number(), v);
                }
                case SHORT -> answers.put(q.number(), randomNumber(random));
                default -> {
                }
            }
        }
        Map<Integer, String> hardQuestions = new LinkedHashMap<>();
        BufferedImage page = page(version);
        Pen pen = new Pen(random, level);
        fill(page, pen, SheetBubble.STUDENT_NUMBER, null, columnsOf(student));
        for (Map.Entry<Integer, Object> a : answers.entrySet()) {
            mark(page, pen, a.getKey(), a.getValue());
        }
        if (hard) {
            // a change of mind on a question the student answered: the other mark is doubled, rubbed out or
            // crossed out (a lone crossed-out bubble is a mark on any OMR sheet; the sheet says to erase cleanly)
            int q = 1 + random.nextInt(12);
            while (answers.get(q) == null) {
                q = 1 + random.nextInt(12);
            }
            String chosen = (String) answers.get(q);
            String other = chosen == null || chosen.equals("A") ? "B" : "A";
            switch (random.nextInt(3)) {
                case 0 -> {
                    pen.full(page, bubble(q, other)); // double mark
                    hardQuestions.put(q, "DOUBLE");
                }
                case 1 -> {
                    pen.erased(page, bubble(q, other)); // rubbed out, a grey smudge remains
                    hardQuestions.put(q, "ERASED");
                }
                default -> {
                    pen.crossed(page, bubble(q, other)); // filled then crossed out
                    hardQuestions.put(q, "CROSSED");
                }
            }
        }
        boolean upsideDown = random.nextInt(20) == 0;
        byte[] jpeg = photograph(page, random, level, upsideDown);
        return new Photo(jpeg, new Truth(student, version, answers, hardQuestions, false, upsideDown));
    }

    /** A blank, unfilled sheet (no student number: it must be flagged, its answers null). */
    public static Photo blank(Random random, Level level) {
        Map<Integer, Object> answers = new LinkedHashMap<>();
        QUESTIONS.stream().filter(q -> q.kind() != SheetQuestion.Kind.ESSAY).forEach(q -> answers.put(q.number(), null));
        return new Photo(photograph(page("101"), random, level, false),
                new Truth(null, "101", answers, Map.of(), false, false));
    }

    /** A page that is not a sheet: a printed text page with a table. */
    public static Photo notASheet(Random random) {
        BufferedImage page = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1240, 1754);
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(22f));
        for (int i = 0; i < 40; i++) {
            g.drawString("Đề kiểm tra giữa kì I — câu " + (i + 1) + ": cho hàm số y = ax + b …", 100, 120 + i * 38);
        }
        for (int i = 0; i < 6; i++) {
            g.drawRect(100 + i * 170, 1700 - 120, 160, 60);
        }
        g.dispose();
        return new Photo(photograph(page, random, Level.MODERATE, false), new Truth(null, null, Map.of(), Map.of(),
                true, false));
    }

    private static String randomNumber(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Integer.toString(random.nextInt(10));
            case 1 -> Integer.toString(10 + random.nextInt(9990));
            case 2 -> random.nextInt(10) + "," + random.nextInt(100);
            default -> "-" + (1 + random.nextInt(9)) + "," + random.nextInt(10);
        };
    }

    private static Map<Integer, String> columnsOf(String text) {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (int i = 0; i < text.length(); i++) {
            m.put(i + 1, text.substring(i, i + 1));
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void mark(BufferedImage page, Pen pen, int question, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s && question <= 12) {
            pen.mark(page, bubble(question, s));
        } else if (value instanceof Map<?, ?> m) {
            ((Map<String, Boolean>) m).forEach((st, v) -> LAYOUT.bubbles(SheetBubble.ANSWER, question).stream()
                    .filter(b -> st.equals(b.statement()) && b.value().equals(v ? "T" : "F"))
                    .forEach(b -> pen.mark(page, b)));
        } else {
            fill(page, pen, SheetBubble.ANSWER, question, columnsOf((String) value));
        }
    }

    private static void fill(BufferedImage page, Pen pen, String field, Integer question, Map<Integer, String> cols) {
        for (SheetBubble b : LAYOUT.bubbles(field, question)) {
            if (b.value().equals(cols.get(b.position()))) {
                pen.mark(page, b);
            }
        }
    }

    public static SheetBubble bubble(int question, String value) {
        return LAYOUT.bubbles(SheetBubble.ANSWER, question).stream().filter(b -> b.value().equals(value)).findFirst()
                .orElseThrow();
    }

    /** A student's pencil: how dark and how neatly this student fills a bubble. */
    static final class Pen {
        private final Random random;
        private final Level level;
        private final double scale = DPI / 72;

        Pen(Random random, Level level) {
            this.random = random;
            this.level = level;
        }

        Graphics2D g(BufferedImage page) {
            Graphics2D g = page.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            return g;
        }

        /** A normal mark: mostly full, sometimes a bit off-centre or only 80 % filled, grey 10–90. */
        void mark(BufferedImage page, SheetBubble b) {
            Graphics2D g = g(page);
            int grey = 10 + random.nextInt(level == Level.CLEAN ? 40 : 80);
            g.setColor(new Color(grey, grey, grey + random.nextInt(30)));
            double r = b.r() * scale * (0.85 + random.nextDouble() * 0.3);
            double dx = (random.nextDouble() - 0.5) * b.r() * scale * 0.35;
            double dy = (random.nextDouble() - 0.5) * b.r() * scale * 0.35;
            double cx = b.x() * scale + dx;
            double cy = b.y() * scale + dy;
            g.fill(new Ellipse2D.Double(cx - r, cy - r * (0.8 + random.nextDouble() * 0.3), 2 * r, 2 * r * 0.95));
            g.dispose();
        }

        void full(BufferedImage page, SheetBubble b) {
            Graphics2D g = g(page);
            g.setColor(new Color(30, 30, 40));
            double r = b.r() * scale;
            g.fill(new Ellipse2D.Double(b.x() * scale - r, b.y() * scale - r, 2 * r, 2 * r));
            g.dispose();
        }

        void erased(BufferedImage page, SheetBubble b) {
            Graphics2D g = g(page);
            int grey = 185 + random.nextInt(40);
            g.setColor(new Color(grey, grey, grey));
            double r = b.r() * scale * 0.9;
            g.fill(new Ellipse2D.Double(b.x() * scale - r, b.y() * scale - r, 2 * r, 2 * r));
            g.dispose();
        }

        void crossed(BufferedImage page, SheetBubble b) {
            full(page, b);
            Graphics2D g = g(page);
            g.setColor(new Color(20, 20, 60));
            g.setStroke(new BasicStroke((float) (1.2 * scale)));
            double r = b.r() * scale * 1.6;
            double cx = b.x() * scale;
            double cy = b.y() * scale;
            g.draw(new Line2D.Double(cx - r, cy - r, cx + r, cy + r));
            g.draw(new Line2D.Double(cx - r, cy + r, cx + r, cy - r));
            g.dispose();
        }
    }

    /** Photograph a page: on a table, rotated, in perspective, shadowed, blurred, noisy, JPEG, 1600 px wide. */
    static byte[] photograph(BufferedImage page, Random random, Level level, boolean upsideDown) {
        double severity = switch (level) {
            case CLEAN -> 0.15;
            case MODERATE -> 0.6;
            case SEVERE -> 1.0;
        };
        int outW = level == Level.SEVERE ? 1200 + random.nextInt(400) : 1600;
        int outH = (int) (outW * 1.33);
        double angle = Math.toRadians((random.nextDouble() * 2 - 1) * 15 * severity) + (upsideDown ? Math.PI : 0);
        double fill = 0.82 + random.nextDouble() * 0.1; // share of the photo's height the page takes
        double ph = outH * fill;
        double pw = ph * page.getWidth() / page.getHeight();
        double[][] corners = {{-pw / 2, -ph / 2}, {pw / 2, -ph / 2}, {pw / 2, ph / 2}, {-pw / 2, ph / 2}};
        double[][] dst = new double[4][];
        double shrink = Math.min(1, outW / (Math.abs(pw * Math.cos(angle)) + Math.abs(ph * Math.sin(angle))) * 0.95);
        for (int i = 0; i < 4; i++) {
            double x = corners[i][0] * shrink;
            double y = corners[i][1] * shrink;
            double jitter = pw * 0.06 * severity; // perspective: each corner moves independently
            x += (random.nextDouble() * 2 - 1) * jitter;
            y += (random.nextDouble() * 2 - 1) * jitter;
            dst[i] = new double[] {outW / 2.0 + x * Math.cos(angle) - y * Math.sin(angle),
                outH / 2.0 + x * Math.sin(angle) + y * Math.cos(angle)};
        }
        if (severity > 0.3) {
            // out of focus: the page seen at a lower resolution, then stretched back by the warp (cheap blur)
            double soften = level == Level.SEVERE ? 0.5 : 0.7;
            BufferedImage soft = new BufferedImage((int) (page.getWidth() * soften), (int) (page.getHeight() * soften),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D sg = soft.createGraphics();
            sg.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            sg.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            sg.drawImage(page, 0, 0, soft.getWidth(), soft.getHeight(), null);
            sg.dispose();
            page = soft;
        }
        double[][] src = {{0, 0}, {page.getWidth(), 0}, {page.getWidth(), page.getHeight()}, {0, page.getHeight()}};
        double[] h = Homography.fit(dst, src); // photo → page, for inverse mapping
        BufferedImage photo = new BufferedImage(outW, outH, BufferedImage.TYPE_3BYTE_BGR);
        byte[] out = ((DataBufferByte) photo.getRaster().getDataBuffer()).getData();
        int[] in = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        int pwI = page.getWidth();
        int phI = page.getHeight();
        int table = 70 + random.nextInt(60);
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                double w = h[6] * x + h[7] * y + h[8];
                double sx = (h[0] * x + h[1] * y + h[2]) / w;
                double sy = (h[3] * x + h[4] * y + h[5]) / w;
                int v;
                if (sx < 0 || sy < 0 || sx >= pwI - 1 || sy >= phI - 1) {
                    v = table;
                } else {
                    int x0 = (int) sx;
                    int y0 = (int) sy;
                    double fx = sx - x0;
                    double fy = sy - y0;
                    double a = in[y0 * pwI + x0] & 0xff;
                    double b = in[y0 * pwI + x0 + 1] & 0xff;
                    double c = in[(y0 + 1) * pwI + x0] & 0xff;
                    double d = in[(y0 + 1) * pwI + x0 + 1] & 0xff;
                    v = (int) ((a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy);
                }
                int p = (y * outW + x) * 3;
                out[p] = (byte) Math.min(255, v * 0.92 + 8);
                out[p + 1] = (byte) Math.min(255, v * 0.96 + 4);
                out[p + 2] = (byte) v;
            }
        }
        Graphics2D g = photo.createGraphics();
        // a shadow across the page: a hand or the phone, darkening one side by up to 45 %
        float shadow = (float) (0.45 * severity * random.nextDouble());
        g.setPaint(new GradientPaint(0, 0, new Color(0, 0, 0, (int) (255 * shadow)), outW * (float) random.nextDouble(),
                outH, new Color(0, 0, 0, 0)));
        g.fillRect(0, 0, outW, outH);
        g.dispose();
        byte[] px = ((DataBufferByte) photo.getRaster().getDataBuffer()).getData();
        double sigma = 4 + 10 * severity;
        for (int i = 0; i < px.length; i += 3) {
            int n = (int) (NOISE[random.nextInt(NOISE.length)] * sigma);
            for (int c = 0; c < 3; c++) {
                px[i + c] = (byte) Math.max(0, Math.min(255, (px[i + c] & 0xff) + n));
            }
        }
        float quality = (float) (0.9 - 0.4 * severity * random.nextDouble());
        return jpeg(photo, quality);
    }

    /** Standard normal samples, drawn once: per-pixel nextGaussian() would make the generator the bottleneck. */
    private static final double[] NOISE = new double[8192];

    static {
        Random r = new Random(1);
        for (int i = 0; i < NOISE.length; i++) {
            NOISE[i] = r.nextGaussian();
        }
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            try (var ios = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 4-point homography for the generator (the reader fits its own with BoofCV). */
    static final class Homography {
        private Homography() {
        }

        static double[] fit(double[][] from, double[][] to) {
            double[][] a = new double[8][9];
            for (int i = 0; i < 4; i++) {
                double x = from[i][0];
                double y = from[i][1];
                double u = to[i][0];
                double v = to[i][1];
                a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
                a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
            }
            for (int c = 0; c < 8; c++) { // Gauss–Jordan with partial pivoting
                int pivot = c;
                for (int r = c + 1; r < 8; r++) {
                    if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                        pivot = r;
                    }
                }
                double[] t = a[c];
                a[c] = a[pivot];
                a[pivot] = t;
                for (int r = 0; r < 8; r++) {
                    if (r != c) {
                        double f = a[r][c] / a[c][c];
                        for (int k = c; k < 9; k++) {
                            a[r][k] -= f * a[c][k];
                        }
                    }
                }
            }
            double[] h = new double[9];
            for (int i = 0; i < 8; i++) {
                h[i] = a[i][8] / a[i][i];
            }
            h[8] = 1;
            return h;
        }
    }
}
