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
    private double[] points;
    private boolean[] answered;
    private int[] choices;
    private int rows;

    public ScoreSheet(List<ItemSpec> items) {
        this.items = List.copyOf(items);
        int capacity = 16 * Math.max(1, items.size());
        points = new double[capacity];
        answered = new boolean[capacity];
        choices = new int[capacity];
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
        if ((rows + 1) * k > points.length) {
            int capacity = Math.max(points.length * 2, (rows + 1) * k);
            points = Arrays.copyOf(points, capacity);
            answered = Arrays.copyOf(answered, capacity);
            choices = Arrays.copyOf(choices, capacity);
        }
        Arrays.fill(points, rows * k, (rows + 1) * k, Double.NaN);
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
        int at = row * items.size() + item;
        points[at] = earned;
        answered[at] = wasAnswered;
        choices[at] = choiceMask;
    }

    /** Points, or NaN when the item is not on the attempt's version. */
    public double points(int row, int item) {
        return points[row * items.size() + item];
    }

    public boolean answered(int row, int item) {
        return answered[row * items.size() + item];
    }

    public int choices(int row, int item) {
        return choices[row * items.size() + item];
    }

    public boolean onForm(int row, int item) {
        return !Double.isNaN(points(row, item));
    }

    public String form(int row) {
        return forms.get(row);
    }
}
