package vn.khaothi.engine.scan.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ejml.data.DMatrixRMaj;

import boofcv.abst.geo.Estimate1ofEpipolar;
import boofcv.alg.filter.binary.GThresholdImageOps;
import boofcv.alg.filter.misc.AverageDownSampleOps;
import boofcv.alg.shapes.polygon.DetectPolygonBinaryGrayRefine;
import boofcv.alg.shapes.polygon.DetectPolygonFromContour;
import boofcv.factory.geo.FactoryMultiView;
import boofcv.factory.shape.ConfigPolygonDetector;
import boofcv.factory.shape.FactoryShapeDetector;
import boofcv.struct.ConfigLength;
import boofcv.struct.geo.AssociatedPair;
import boofcv.struct.image.GrayU8;
import georegression.struct.point.Point2D_F64;
import georegression.struct.shapes.Polygon2D_F64;
import vn.khaothi.engine.application.sheet.SheetDesign;

/**
 * Finds the sheet in a photo (tìm phiếu trong ảnh): BoofCV's polygon detector finds dark squares on a half-size
 * copy (the markers are large, and half the pixels is a quarter of the time), the outermost four are the corner
 * markers, the hollow one is the top-left (so a sheet photographed upside down or sideways is turned the right
 * way), and a homography fitted to the four centres maps every sheet point into the photo.
 */
/* Not thread-safe (BoofCV detectors keep work buffers): one per thread. */
final class PageFinder {

    private final DetectPolygonBinaryGrayRefine<GrayU8> polygons;
    private final Estimate1ofEpipolar homography = FactoryMultiView.homographyDLT(true);

    PageFinder() {
        ConfigPolygonDetector config = new ConfigPolygonDetector(false, 4, 4);
        config.detector.minimumContour = ConfigLength.fixed(20);
        polygons = FactoryShapeDetector.polygon(config, GrayU8.class);
    }

    Optional<PageFrame> find(GrayPage page) {
        // about 550 px wide is enough for markers of 22 pt, and the detector's time grows with the pixels
        int f = Math.max(1, (int) Math.ceil(page.width() / 550.0));
        GrayU8 small = new GrayU8(page.width() / f, page.height() / f);
        AverageDownSampleOps.down(page.gray, f, small);
        GrayU8 binary = GThresholdImageOps.localMean(small, null, ConfigLength.fixed(81.0 / f), 0.9, true, null,
                null, null);
        polygons.process(small, binary);
        List<double[]> squares = new ArrayList<>(); // centre x, y (full size), side
        double minSide = small.width * 0.012;
        double maxSide = small.width * 0.09;
        for (DetectPolygonFromContour.Info info : polygons.getPolygonInfo()) {
            Polygon2D_F64 p = info.polygon;
            if (!p.isConvex()) {
                continue;
            }
            double[] sides = new double[4];
            for (int i = 0; i < 4; i++) {
                sides[i] = p.get(i).distance(p.get((i + 1) % 4));
            }
            double min = Math.min(Math.min(sides[0], sides[1]), Math.min(sides[2], sides[3]));
            double max = Math.max(Math.max(sides[0], sides[1]), Math.max(sides[2], sides[3]));
            if (min < minSide || max > maxSide || max > 1.6 * min) {
                continue;
            }
            Point2D_F64 c = new Point2D_F64();
            for (int i = 0; i < 4; i++) {
                c.x += p.get(i).x / 4;
                c.y += p.get(i).y / 4;
            }
            squares.add(new double[] {c.x * f + (f - 1) / 2.0, c.y * f + (f - 1) / 2.0, (min + max) / 2 * f});
        }
        if (squares.size() < 4) {
            return Optional.empty();
        }
        // the outermost square towards each corner of the photo: extremes of x+y and x−y
        double[][] corners = {
            extreme(squares, -1, -1), extreme(squares, 1, -1), extreme(squares, 1, 1), extreme(squares, -1, 1)};
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                if (corners[i] == corners[j]) {
                    return Optional.empty();
                }
            }
        }
        // the hollow marker: its centre is light while the other three are dark
        int hollow = -1;
        double black = 0;
        for (int i = 0; i < 4; i++) {
            double centre = mean(page, corners[i][0], corners[i][1], corners[i][2] * 0.08);
            double ring = mean(page, corners[i][0] + corners[i][2] * 0.35, corners[i][1], corners[i][2] * 0.06);
            if (centre > ring + 40) {
                if (hollow >= 0) {
                    return Optional.empty();
                }
                hollow = i;
            } else {
                black += centre / 3;
            }
        }
        if (hollow < 0) {
            return Optional.empty();
        }
        double m = SheetDesign.MARKER_INSET;
        double[][] sheet = {{m, m}, {SheetDesign.WIDTH - m, m}, {SheetDesign.WIDTH - m, SheetDesign.HEIGHT - m},
            {m, SheetDesign.HEIGHT - m}};
        List<AssociatedPair> pairs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double[] photo = corners[(hollow + i) % 4];
            pairs.add(new AssociatedPair(sheet[i][0], sheet[i][1], photo[0], photo[1]));
        }
        DMatrixRMaj h = new DMatrixRMaj(3, 3);
        if (!homography.process(pairs, h)) {
            return Optional.empty();
        }
        PageFrame frame = new PageFrame(h, black);
        return plausible(frame, corners[hollow][2]) ? Optional.of(frame) : Optional.empty();
    }

    /** A sheet's markers: the mapped marker size agrees with the detected one (not four random squares). */
    private static boolean plausible(PageFrame frame, double detectedSide) {
        double expected = frame.scaleAt(SheetDesign.MARKER_INSET, SheetDesign.MARKER_INSET) * SheetDesign.MARKER;
        return detectedSide > expected * 0.6 && detectedSide < expected * 1.6;
    }

    private static double[] extreme(List<double[]> squares, int sx, int sy) {
        double[] best = null;
        double value = Double.NEGATIVE_INFINITY;
        for (double[] s : squares) {
            double v = sx * s[0] + sy * s[1];
            if (v > value) {
                value = v;
                best = s;
            }
        }
        return best;
    }

    static double mean(GrayPage page, double cx, double cy, double radius) {
        double sum = 0;
        int n = 0;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                sum += page.at(cx + dx * radius / 2, cy + dy * radius / 2);
                n++;
            }
        }
        return sum / n;
    }
}
