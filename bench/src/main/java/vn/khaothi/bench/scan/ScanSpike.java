package vn.khaothi.bench.scan;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.QRCodeDetector;

import boofcv.abst.fiducial.QrCodeDetector;
import boofcv.abst.shapes.polyline.ConfigPolylineSplitMerge;
import boofcv.alg.shapes.polygon.DetectPolygonBinaryGrayRefine;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.factory.filter.binary.ConfigThreshold;
import boofcv.factory.filter.binary.FactoryThresholdBinary;
import boofcv.factory.filter.binary.ThresholdType;
import boofcv.factory.shape.ConfigPolygonDetector;
import boofcv.factory.shape.FactoryShapeDetector;
import boofcv.io.image.ConvertBufferedImage;
import boofcv.struct.image.GrayU8;
import nu.pattern.OpenCV;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * The spike that chose the scanning library (docs/scanning.md): on the same generated photos (a page with four
 * square corner markers and a QR code, rotated, sheared, blurred, noisy, JPEG-compressed, 1600 px wide) it times
 * decoding alone, finding the markers and reading the QR code with BoofCV 1.1.7, OpenCV 4.9.0 (openpnp) and
 * ZXing 3.5.3, and counts what each found. Run: see docs/scanning.md.
 */
public final class ScanSpike {

    enum Step { DECODE, BOOF_MARKERS, BOOF_QR, OPENCV_DECODE, OPENCV_MARKERS, OPENCV_QR, ZXING_QR }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        OpenCV.loadLocally();
        List<byte[]> photos = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < n; i++) {
            photos.add(photo(random, "KT1|42|10" + (i % 4)));
        }
        Map<Step, long[]> nanos = new EnumMap<>(Step.class);
        Map<Step, int[]> found = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            nanos.put(s, new long[1]);
            found.put(s, new int[1]);
        }
        ConfigPolygonDetector config = new ConfigPolygonDetector(false, 4, 4);
        DetectPolygonBinaryGrayRefine<GrayU8> polygons = FactoryShapeDetector.polygon(config, GrayU8.class);
        var threshold = FactoryThresholdBinary.threshold(ConfigThreshold.local(ThresholdType.LOCAL_MEAN, 40),
                GrayU8.class);
        QrCodeDetector<GrayU8> boofQr = FactoryFiducial.qrcode(null, GrayU8.class);
        QRCodeDetector cvQr = new QRCodeDetector();
        for (int round = 0; round < 2; round++) { // the first round warms the JIT; the second is measured
            boolean measure = round == 1;
            for (byte[] jpeg : photos) {
                long t = System.nanoTime();
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
                add(nanos, Step.DECODE, t, measure);
                GrayU8 gray = ConvertBufferedImage.convertFrom(img, (GrayU8) null);

                t = System.nanoTime();
                GrayU8 binary = new GrayU8(gray.width, gray.height);
                threshold.process(gray, binary);
                polygons.process(gray, binary);
                long squares = polygons.getPolygonInfo().stream().filter(p -> p.polygon.areaSimple() > 600).count();
                add(nanos, Step.BOOF_MARKERS, t, measure);
                count(found, Step.BOOF_MARKERS, squares >= 4, measure);

                t = System.nanoTime();
                boofQr.process(gray);
                add(nanos, Step.BOOF_QR, t, measure);
                count(found, Step.BOOF_QR, !boofQr.getDetections().isEmpty(), measure);

                t = System.nanoTime();
                BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(img)));
                boolean z;
                try {
                    new MultiFormatReader().decode(bitmap);
                    z = true;
                } catch (com.google.zxing.NotFoundException e) {
                    z = false;
                }
                add(nanos, Step.ZXING_QR, t, measure);
                count(found, Step.ZXING_QR, z, measure);

                t = System.nanoTime();
                Mat m = Imgcodecs.imdecode(new MatOfByte(jpeg), Imgcodecs.IMREAD_GRAYSCALE);
                add(nanos, Step.OPENCV_DECODE, t, measure);
                t = System.nanoTime();
                Mat bin = new Mat();
                Imgproc.adaptiveThreshold(m, bin, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV, 41,
                        15);
                List<MatOfPoint> contours = new ArrayList<>();
                Imgproc.findContours(bin, contours, new Mat(), Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
                int quads = 0;
                for (MatOfPoint c : contours) {
                    if (Imgproc.contourArea(c) < 600) {
                        continue;
                    }
                    MatOfPoint2f c2 = new MatOfPoint2f(c.toArray());
                    MatOfPoint2f approx = new MatOfPoint2f();
                    Imgproc.approxPolyDP(c2, approx, 0.04 * Imgproc.arcLength(c2, true), true);
                    if (approx.total() == 4) {
                        quads++;
                    }
                }
                add(nanos, Step.OPENCV_MARKERS, t, measure);
                count(found, Step.OPENCV_MARKERS, quads >= 4, measure);
                t = System.nanoTime();
                String text = cvQr.detectAndDecode(m);
                add(nanos, Step.OPENCV_QR, t, measure);
                count(found, Step.OPENCV_QR, text != null && !text.isEmpty(), measure);
            }
        }
        System.out.printf(Locale.ROOT, "%d photos, 1600 px wide, JPEG; mean ms per photo and share found%n", n);
        for (Step s : Step.values()) {
            System.out.printf(Locale.ROOT, "%-15s %7.1f ms  %s%n", s, nanos.get(s)[0] / 1e6 / n,
                    s == Step.DECODE || s == Step.OPENCV_DECODE ? "" : found.get(s)[0] + "/" + n);
        }
    }

    private static void add(Map<Step, long[]> nanos, Step s, long since, boolean measure) {
        if (measure) {
            nanos.get(s)[0] += System.nanoTime() - since;
        }
    }

    private static void count(Map<Step, int[]> found, Step s, boolean ok, boolean measure) {
        if (measure && ok) {
            found.get(s)[0]++;
        }
    }

    /** A page with four corner squares, a QR code and rows of circles, photographed badly. */
    static byte[] photo(Random random, String qr) throws Exception {
        int w = 1240;
        int h = 1754;
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        int s = 50;
        for (int[] c : new int[][] {{60, 60}, {w - 60 - s, 60}, {60, h - 60 - s}, {w - 60 - s, h - 60 - s}}) {
            g.fillRect(c[0], c[1], s, s);
        }
        BitMatrix code = new QRCodeWriter().encode(qr, BarcodeFormat.QR_CODE, 180, 180,
                Map.of(EncodeHintType.MARGIN, 1));
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                if (code.get(x, y)) {
                    g.fillRect(w - 300 + x, 150 + y, 1, 1);
                }
            }
        }
        g.setStroke(new BasicStroke(1.5f));
        for (int row = 0; row < 40; row++) {
            for (int col = 0; col < 16; col++) {
                int x = 150 + col * 60;
                int y = 450 + row * 30;
                g.drawOval(x, y, 18, 18);
                if (random.nextInt(4) == 0) {
                    g.fillOval(x + 2, y + 2, 15, 15);
                }
            }
        }
        g.dispose();
        int outW = 1600;
        int outH = (int) (outW * 1.414);
        BufferedImage photo = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        Graphics2D p = photo.createGraphics();
        p.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        p.setColor(new Color(90, 80, 70));
        p.fillRect(0, 0, outW, outH);
        AffineTransform t = new AffineTransform();
        t.translate(outW / 2.0, outH / 2.0);
        t.rotate(Math.toRadians(random.nextDouble() * 30 - 15));
        t.shear(random.nextDouble() * 0.1 - 0.05, random.nextDouble() * 0.1 - 0.05);
        double scale = 0.85 * outW / w;
        t.scale(scale, scale);
        t.translate(-w / 2.0, -h / 2.0);
        p.drawImage(page, t, null);
        p.dispose();
        float[] k = new float[9];
        java.util.Arrays.fill(k, 1 / 9f);
        BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(photo, null);
        for (int i = 0; i < 40000; i++) {
            int x = random.nextInt(outW);
            int y = random.nextInt(outH);
            int v = Math.max(0, Math.min(255, (blurred.getRGB(x, y) & 0xff) + (int) (random.nextGaussian() * 30)));
            blurred.setRGB(x, y, v << 16 | v << 8 | v);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.6f);
        try (var ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(blurred, null, null), param);
        }
        writer.dispose();
        return out.toByteArray();
    }
}
