package vn.khaothi.engine.scan.reader;

import java.util.Arrays;

import vn.khaothi.engine.application.sheet.SheetBubble;

/**
 * Measures how filled one bubble is (độ tô của một ô). The inner disc (60 % of the radius, so the printed
 * outline does not count) is compared with the paper just outside the bubble, in the same light: a shadow or
 * an unevenly lit page darkens both, so the ratio survives it. The scale is the markers' ink: a mark as dark
 * as the printed markers is 1.
 */
final class BubbleReader {

    /** At or above: filled. Calibrated on the generated sheets (docs/scanning.md). */
    static final double FILLED = 0.42;
    /** At or below: empty. Between the two a mark is UNSURE and goes to review. */
    static final double EMPTY = 0.2;

    private static final double[][] INNER = disc();
    private static final int RING = 12;

    private BubbleReader() {
    }

    static BubbleMark measure(GrayPage page, PageFrame frame, SheetBubble b) {
        double[] c = frame.map(b.x(), b.y());
        double s = frame.scaleAt(b.x(), b.y());
        double inner = 0;
        double rin = b.r() * 0.6 * s;
        for (double[] o : INNER) {
            inner += page.at(c[0] + o[0] * rin, c[1] + o[1] * rin);
        }
        inner /= INNER.length;
        double[] ring = new double[RING];
        double rout = b.r() * 1.45 * s;
        for (int i = 0; i < RING; i++) {
            double a = 2 * Math.PI * i / RING;
            ring[i] = page.at(c[0] + Math.cos(a) * rout, c[1] + Math.sin(a) * rout);
        }
        Arrays.sort(ring);
        double paper = ring[RING - 3]; // the third lightest: a neighbour's outline or a label may cross the ring
        double range = Math.max(40, paper - frame.black());
        double darkness = Math.max(0, Math.min(1, (paper - inner) / range));
        BubbleMark.State state = darkness >= FILLED ? BubbleMark.State.FILLED
                : darkness <= EMPTY ? BubbleMark.State.EMPTY : BubbleMark.State.UNSURE;
        return new BubbleMark(b, c[0], c[1], b.r() * s, darkness, state);
    }

    static double confidence(double darkness) {
        double middle = (FILLED + EMPTY) / 2;
        return Math.min(1, Math.abs(darkness - middle) / ((FILLED - EMPTY) / 2));
    }

    /** Sample offsets inside the unit disc: a 5×5 grid, corners dropped. */
    private static double[][] disc() {
        return java.util.stream.IntStream.range(0, 25).mapToObj(i -> new double[] {(i % 5 - 2) / 2.0, (i / 5 - 2) / 2.0})
                .filter(o -> o[0] * o[0] + o[1] * o[1] <= 1.01).toArray(double[][]::new);
    }
}
