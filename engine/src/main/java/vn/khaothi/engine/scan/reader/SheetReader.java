package vn.khaothi.engine.scan.reader;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.qrcode.QRCodeReader;

import vn.khaothi.engine.application.sheet.SheetBubble;
import vn.khaothi.engine.application.sheet.SheetDesign;
import vn.khaothi.engine.application.sheet.SheetLayout;
import vn.khaothi.engine.application.sheet.SheetQuestion;

/**
 * Reads one photographed or scanned answer sheet (đọc phiếu trả lời): finds the page, reads the QR code, the
 * số báo danh and the mã đề, asks which layout that version has, then measures every bubble and decides each
 * answer. Pure: no database, no clock; the same photo always gives the same reading.
 */
/* Not thread-safe (the page finder keeps BoofCV work buffers): one reader per thread. */
public final class SheetReader {

    /** The layout of a version: empty when the code (or the QR's paper) is not the expected paper's. */
    @FunctionalInterface
    public interface Layouts {
        Optional<SheetLayout> of(Long qrPaperId, String versionCode);
    }

    /** The two grids are at the same place on every sheet, whatever the paper. */
    private static final SheetLayout GRIDS = SheetDesign.layout(List.of());
    private static final double QR_MARGIN = 8;
    private static final double QR_PIXELS_PER_POINT = 4;

    private final PageFinder finder = new PageFinder();

    public SheetReading read(BufferedImage photo, Layouts layouts) {
        GrayPage page = GrayPage.of(photo);
        Optional<PageFrame> found = finder.find(page);
        if (found.isEmpty()) {
            return SheetReading.notASheet();
        }
        PageFrame frame = found.get();
        List<Problem> problems = new ArrayList<>();
        List<BubbleMark> marks = new ArrayList<>();
        String[] qr = qr(page, frame);
        Long qrPaper = qr == null ? null : Long.valueOf(qr[1]);
        List<BubbleMark> students = measure(page, frame, GRIDS.bubbles(SheetBubble.STUDENT_NUMBER, null));
        List<BubbleMark> versions = measure(page, frame, GRIDS.bubbles(SheetBubble.VERSION_CODE, null));
        marks.addAll(students);
        marks.addAll(versions);
        String studentNumber = MarkDecision.digits(students, SheetDesign.STUDENT_DIGITS);
        if (studentNumber == null) {
            problems.add(new Problem(null, ProblemKind.UNKNOWN_STUDENT));
        }
        String gridCode = MarkDecision.digits(versions, SheetDesign.VERSION_DIGITS);
        String versionCode = gridCode != null ? gridCode : qr == null ? null : qr[2];
        Optional<SheetLayout> layout = versionCode == null ? Optional.empty() : layouts.of(qrPaper, versionCode);
        boolean disagree = gridCode != null && qr != null && !gridCode.equals(qr[2]);
        if (layout.isEmpty() || disagree) {
            problems.add(new Problem(null, ProblemKind.UNKNOWN_VERSION));
            return new SheetReading(qrPaper, studentNumber, versionCode, Map.of(), problems, marks);
        }
        Map<Integer, Object> answers = new LinkedHashMap<>();
        for (SheetQuestion q : layout.get().questions()) {
            if (q.kind() == SheetQuestion.Kind.ESSAY) {
                continue;
            }
            List<BubbleMark> measured = measure(page, frame, layout.get().bubbles(SheetBubble.ANSWER, q.number()));
            marks.addAll(measured);
            MarkDecision.Outcome o = switch (q.kind()) {
                case CHOICE -> MarkDecision.choice(measured);
                case CLUSTER -> MarkDecision.cluster(measured);
                default -> MarkDecision.shortAnswer(measured);
            };
            answers.put(q.number(), o.value());
            if (o.problem() != null) {
                problems.add(new Problem(q.number(), o.problem()));
            }
        }
        return new SheetReading(qrPaper, studentNumber, versionCode, answers, problems, marks);
    }

    private static List<BubbleMark> measure(GrayPage page, PageFrame frame, List<SheetBubble> bubbles) {
        List<BubbleMark> out = new ArrayList<>(bubbles.size());
        for (SheetBubble b : bubbles) {
            out.add(BubbleReader.measure(page, frame, b));
        }
        return out;
    }

    /**
     * The QR code's {@code KHAOTHI|paper|version}, read by ZXing on the straightened crop where the sheet prints
     * it (a few milliseconds; the whole photo would take hundreds); null when unreadable or not ours.
     */
    private static String[] qr(GrayPage page, PageFrame frame) {
        SheetLayout.Box box = GRIDS.qr();
        double x0 = box.x() - QR_MARGIN;
        double y0 = box.y() - QR_MARGIN;
        int size = (int) ((box.width() + 2 * QR_MARGIN) * QR_PIXELS_PER_POINT);
        byte[] pixels = new byte[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double[] p = frame.map(x0 + x / QR_PIXELS_PER_POINT, y0 + y / QR_PIXELS_PER_POINT);
                pixels[y * size + x] = (byte) Math.round(page.at(p[0], p[1]));
            }
        }
        try {
            String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new PlanarYUVLuminanceSource(pixels, size, size, 0, 0, size, size, false)))).getText();
            String[] parts = text.split("\\|");
            return parts.length == 3 && parts[0].equals("KHAOTHI") && parts[1].matches("[0-9]{1,18}") ? parts : null;
        } catch (ReaderException e) {
            return null;
        }
    }
}
