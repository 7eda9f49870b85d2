package vn.khaothi.engine.domain.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scores of a sitting's attempts item by item (bảng điểm từng câu), the input of
 * {@link TestAnalysis}: one row per attempt, one column per item. Flat arrays, not maps, because a
 * district's sitting is 10,000 attempts × 50 items and the analysis must stay well under a second.
 *
 * <p>A cell holds the points earned (partial credit as a fraction of the item's points, essays as
 * graded), whether the student answered at all, and for choice items the options chosen as a bit
 * mask over {@link ItemSpec#optionIds()} (the bank's own order: the version's shuffle already undone
 * by {@link OptionChoices}). An item that is not on an attempt's version has {@code NaN} points.
 */
public final class ScoreSheet {

    private final List<ItemSpec> items;
    private final List<String> forms = new ArrayList<>();
    // Column-major: every per-item pass of the analysis reads one array from start to end.
    private double[][] points;
    private boolean[][] answered;
    private int[][] choices;
    private int rows;

    public ScoreSheet(List<ItemSpec> items) {
        this.items = List.copyOf(items);
        int k = items.size();
        points = new double[k][16];
        answered = new boolean[k][16];
        choices = new int[k][16];
    }

    public List<ItemSpec> items() {
        return items;
    }

    public int itemCount() {
        return items.size();
    }

    public int attemptCount() {
        return rows;
    }

    /** Starts the row of one attempt on version {@code form}: every item "not on this version" until set. */
    public int addAttempt(String form) {
        int k = items.size();
        if (k > 0 && rows == points[0].length) {
            int capacity = rows * 2;
            for (int i = 0; i < k; i++) {
                points[i] = Arrays.copyOf(points[i], capacity);
                answered[i] = Arrays.copyOf(answered[i], capacity);
                choices[i] = Arrays.copyOf(choices[i], capacity);
            }
        }
        for (int i = 0; i < k; i++) {
            points[i][rows] = Double.NaN;
            answered[i][rows] = false;
            choices[i][rows] = 0;
        }
        forms.add(form == null ? "" : form);
        return rows++;
    }

    /**
     * Records an item of an attempt.
     *
     * @param choiceMask bit i set when option {@code items().get(item).optionIds().get(i)} was chosen
     */
    public void set(int row, int item, double earned, boolean wasAnswered, int choiceMask) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("no attempt row " + row);
        }
        ItemSpec spec = items.get(item);
        if (!(earned >= 0 && earned <= spec.maxPoints() + 1e-9)) {
            throw new IllegalArgumentException("item " + spec.itemId() + ": " + earned + " points outside 0.."
                    + spec.maxPoints());
        }
        points[item][row] = earned;
        answered[item][row] = wasAnswered;
        choices[item][row] = choiceMask;
    }

    /** Points, or NaN when the item is not on the attempt's version. */
    public double points(int row, int item) {
        return points[item][row];
    }

    public boolean answered(int row, int item) {
        return answered[item][row];
    }

    public int choices(int row, int item) {
        return choices[item][row];
    }

    public boolean onForm(int row, int item) {
        return !Double.isNaN(points[item][row]);
    }

    public String form(int row) {
        return forms.get(row);
    }

    /** The item's points, one per attempt row (the array may be longer than {@link #attemptCount()}); not to be changed. */
    double[] pointsColumn(int item) {
        return points[item];
    }

    boolean[] answeredColumn(int item) {
        return answered[item];
    }

    int[] choicesColumn(int item) {
        return choices[item];
    }
}
