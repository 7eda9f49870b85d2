package vn.khaothi.engine.application.sheet;

import java.util.ArrayList;
import java.util.List;

import vn.khaothi.itembank.domain.item.ItemTypeCode;

/**
 * Computes the answer sheet's geometry (thiết kế phiếu trả lời) from a version's questions: a deterministic
 * function, so the printed sheet, the published layout and the reader always agree. One A4 page: four corner
 * markers, the số báo danh and mã đề grids, a QR code, then Part I (A–D), Part II (Đúng/Sai per statement)
 * and Part III (digit columns with sign and decimal comma) of the 2025 format, each question under the
 * number the paper prints.
 */
public final class SheetDesign {

    public static final double WIDTH = 595.28;
    public static final double HEIGHT = 841.89;
    public static final double MARKER = 22;
    public static final double MARKER_INSET = 30;
    public static final double R = 5;
    public static final int STUDENT_DIGITS = 6;
    public static final int VERSION_DIGITS = 3;
    /** Where the written boxes and the bubble columns of the two grids start. */
    public static final double GRID_TOP = 62;
    public static final double GRID_PITCH = 14;
    public static final double GRID_ROW = 12.5;
    public static final double STUDENT_X = 318;
    public static final double VERSION_X = 418;
    static final double LEFT = 55;
    static final double RIGHT = WIDTH - 55;
    static final double BOTTOM = HEIGHT - 50;
    static final double PART_ONE_TOP = 232;
    static final double ROW = 14;
    static final int SHORT_COLUMNS = 4;

    /** A heading the PDF prints and the y of its baseline. */
    public record Heading(String text, double y) {
    }

    private final List<SheetBubble> bubbles = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private double y;

    /**
     * How an item of a type shows on the sheet: single choice in Part I, a true/false cluster in Part II, a
     * short answer in Part III; anything else (essay, matching…) is marked by hand and has no bubbles.
     *
     * @param choices the item's options or statements (4 when unknown)
     */
    public static SheetQuestion question(int number, ItemTypeCode type, int choices) {
        int n = choices <= 0 ? 4 : choices;
        return switch (type) {
            case SINGLE_CHOICE -> new SheetQuestion(number, SheetQuestion.Kind.CHOICE, Math.min(n, 6));
            case TRUE_FALSE_CLUSTER -> new SheetQuestion(number, SheetQuestion.Kind.CLUSTER, Math.min(n, 6));
            case SHORT_NUMERIC, SHORT_TEXT -> new SheetQuestion(number, SheetQuestion.Kind.SHORT, SHORT_COLUMNS);
            default -> new SheetQuestion(number, SheetQuestion.Kind.ESSAY, 0);
        };
    }

    /** The layout of a version whose questions are given in the paper's order. */
    public static SheetLayout layout(List<SheetQuestion> questions) {
        return new SheetDesign().design(questions);
    }

    /** The part headings of the same layout (the PDF prints them). */
    public static List<Heading> headings(List<SheetQuestion> questions) {
        SheetDesign d = new SheetDesign();
        d.design(questions);
        return List.copyOf(d.headings);
    }

    private SheetLayout design(List<SheetQuestion> questions) {
        digitGrid(SheetBubble.STUDENT_NUMBER, STUDENT_X, STUDENT_DIGITS);
        digitGrid(SheetBubble.VERSION_CODE, VERSION_X, VERSION_DIGITS);
        y = PART_ONE_TOP;
        partOne(of(questions, SheetQuestion.Kind.CHOICE));
        partTwo(of(questions, SheetQuestion.Kind.CLUSTER));
        partThree(of(questions, SheetQuestion.Kind.SHORT));
        if (y > BOTTOM) {
            throw new IllegalArgumentException("the paper's questions do not fit one answer sheet");
        }
        double c = MARKER_INSET;
        List<SheetLayout.Marker> markers = List.of(new SheetLayout.Marker(c, c, MARKER),
                new SheetLayout.Marker(WIDTH - c, c, MARKER), new SheetLayout.Marker(WIDTH - c, HEIGHT - c, MARKER),
                new SheetLayout.Marker(c, HEIGHT - c, MARKER));
        return new SheetLayout(WIDTH, HEIGHT, markers, new SheetLayout.Box(472, 58, 66, 66), bubbles, questions,
                STUDENT_DIGITS, VERSION_DIGITS);
    }

    private static List<SheetQuestion> of(List<SheetQuestion> questions, SheetQuestion.Kind kind) {
        return questions.stream().filter(q -> q.kind() == kind).toList();
    }

    /** Columns of bubbles 0–9 under a row of boxes where the digits are written. */
    private void digitGrid(String field, double x, int columns) {
        for (int c = 0; c < columns; c++) {
            for (int d = 0; d <= 9; d++) {
                bubbles.add(new SheetBubble(field, null, null, c + 1, Integer.toString(d), x + c * GRID_PITCH,
                        GRID_TOP + 2 * GRID_ROW + d * GRID_ROW, R));
            }
        }
    }

    /** Part I: blocks of up to ten rows, four blocks across, numbers running down each block. */
    private void partOne(List<SheetQuestion> questions) {
        if (questions.isEmpty()) {
            return;
        }
        heading("PHẦN I. Mỗi câu chọn một phương án (tô kín ô tròn)");
        double blockWidth = (RIGHT - LEFT) / 4;
        int rows = Math.min(10, (questions.size() + 3) / 4);
        for (int band = 0; band < questions.size(); band += rows * 4) {
            double top = y + ROW; // the row of column letters
            for (int i = band; i < Math.min(questions.size(), band + rows * 4); i++) {
                int block = (i - band) / rows;
                int row = (i - band) % rows;
                SheetQuestion q = questions.get(i);
                for (int o = 0; o < Math.min(q.choices(), 6); o++) {
                    bubbles.add(new SheetBubble(SheetBubble.ANSWER, q.number(), null, null,
                            String.valueOf((char) ('A' + o)), choiceX(LEFT + block * blockWidth, o),
                            top + (row + 1) * ROW, R));
                }
            }
            y = top + (rows + 1) * ROW;
        }
    }

    /** The x of option {@code o} in a Part I block starting at {@code blockX} (the number sits before). */
    public static double choiceX(double blockX, int o) {
        return blockX + 34 + o * 17;
    }

    /** Part II: four clusters across, one row per statement with a Đúng and a Sai bubble. */
    private void partTwo(List<SheetQuestion> questions) {
        if (questions.isEmpty()) {
            return;
        }
        heading("PHẦN II. Mỗi ý a), b), c), d) chọn Đúng hoặc Sai");
        double blockWidth = (RIGHT - LEFT) / 4;
        for (int band = 0; band < questions.size(); band += 4) {
            int statementsMax = 0;
            double top = y + ROW * 1.6; // "Câu n" then the Đúng/Sai labels
            for (int b = 0; b < 4 && band + b < questions.size(); b++) {
                SheetQuestion q = questions.get(band + b);
                statementsMax = Math.max(statementsMax, q.choices());
                double x = LEFT + b * blockWidth;
                for (int s = 0; s < q.choices(); s++) {
                    String statement = String.valueOf((char) ('a' + s));
                    double rowY = top + (s + 1) * ROW;
                    bubbles.add(new SheetBubble(SheetBubble.ANSWER, q.number(), statement, null, "T", x + 42, rowY, R));
                    bubbles.add(new SheetBubble(SheetBubble.ANSWER, q.number(), statement, null, "F", x + 66, rowY, R));
                }
            }
            y = top + (statementsMax + 1) * ROW;
        }
    }

    /** Part III: six answers across; four columns each: "-" in the first, "," in the 2nd and 3rd, digits in all. */
    private void partThree(List<SheetQuestion> questions) {
        if (questions.isEmpty()) {
            return;
        }
        heading("PHẦN III. Ghi kết quả vào ô trống rồi tô các ô tương ứng");
        double blockWidth = (RIGHT - LEFT) / 6;
        double pitch = 12.5;
        for (int band = 0; band < questions.size(); band += 6) {
            double top = y + ROW + pitch * 1.4; // "Câu n", then the boxes where the answer is written
            for (int b = 0; b < 6 && band + b < questions.size(); b++) {
                SheetQuestion q = questions.get(band + b);
                double x = LEFT + b * blockWidth + 22;
                int columns = Math.max(1, Math.min(SHORT_COLUMNS, q.choices()));
                for (int c = 0; c < columns; c++) {
                    double cx = x + c * GRID_PITCH;
                    if (c == 0) {
                        bubbles.add(short_(q, c, "-", cx, top + pitch));
                    }
                    if (c == 1 || c == 2) {
                        bubbles.add(short_(q, c, ",", cx, top + 2 * pitch));
                    }
                    for (int d = 0; d <= 9; d++) {
                        bubbles.add(short_(q, c, Integer.toString(d), cx, top + (3 + d) * pitch));
                    }
                }
            }
            y = top + 13 * pitch;
        }
    }

    private static SheetBubble short_(SheetQuestion q, int column, String value, double x, double y) {
        return new SheetBubble(SheetBubble.ANSWER, q.number(), null, column + 1, value, x, y, R);
    }

    private void heading(String text) {
        y += 8;
        headings.add(new Heading(text, y + 10));
        y += 14;
    }
}
