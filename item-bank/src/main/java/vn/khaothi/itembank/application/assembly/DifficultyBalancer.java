package vn.khaothi.itembank.application.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Local search that evens out the forms' mean facilities after the greedy deal.
 *
 * <p>It minimises the variance of the forms' means (smooth, so every small gain counts, and it pulls the
 * extremes in) with two kinds of move inside one cell, which keep every cell count exact:
 * <ul>
 *   <li>swap an item of one form with an item of the same cell in another form;</li>
 *   <li>replace an item with an unused item of the same cell (a spare), looked up by binary search
 *       near the facility that would bring the form to the overall mean. Under
 *       {@link ExposurePolicy#PREFER_FRESH} a spare may not be more exposed than the item it replaces,
 *       so balancing never costs freshness.</li>
 * </ul>
 * Each step works on the hardest and the easiest form and takes the best improving move; when they have
 * none it tries their pairs with the other forms. Enemy and one-item-per-version rules are checked on
 * every move. The number of moves is capped (never a clock), so the result depends only on the input.
 */
final class DifficultyBalancer {

    /** Stop once the versions are this close: 150 times inside the 0.03 target; more buys nothing visible. */
    static final double GOOD_ENOUGH_SPREAD = 0.0002;
    private static final double MIN_GAIN = 1e-12;
    /** Spares examined on each side of the ideal facility per slot. */
    private static final int SPARES_PER_SIDE = 4;

    private final FormSet forms;
    private final CandidatePool pool;
    private final ExposurePolicy exposure;
    /** Per cell, its usable items with statistics sorted by facility, and those facilities. */
    private final int[][] byDifficulty;
    private final double[][] sortedDifficulty;

    DifficultyBalancer(FormSet forms, CandidatePool pool, ExposurePolicy exposure) {
        this.forms = forms;
        this.pool = pool;
        this.exposure = exposure;
        this.byDifficulty = new int[pool.cells.size()][];
        this.sortedDifficulty = new double[pool.cells.size()][];
        for (int c = 0; c < byDifficulty.length; c++) {
            Integer[] known = Arrays.stream(pool.ranked[c]).filter(pool::known).boxed().toArray(Integer[]::new);
            Arrays.sort(known, Comparator.<Integer>comparingDouble(i -> pool.difficulty[i])
                    .thenComparingLong(i -> pool.items[i].itemId()));
            byDifficulty[c] = Arrays.stream(known).mapToInt(Integer::intValue).toArray();
            sortedDifficulty[c] = Arrays.stream(byDifficulty[c]).mapToDouble(i -> pool.difficulty[i]).toArray();
        }
    }

    /** A candidate change: put {@code in} into (form, cell, slot); for a swap also {@code out} into form2. */
    private record Move(double gain, int form, int cell, int slot, int in, int form2, int slot2, int out) {
    }

    void balance(int maxMoves) {
        for (int step = 0; step < maxMoves; step++) {
            List<Integer> active = activeForms();
            if (active.size() < 2) {
                return;
            }
            int hi = active.get(active.size() - 1);
            int lo = active.get(0);
            if (forms.mean(hi) - forms.mean(lo) <= GOOD_ENOUGH_SPREAD) {
                return;
            }
            Move move = bestMove(hi, lo);
            for (int k = 1; move == null && k < active.size() - 1; k++) {
                // The extremes cannot help each other: pair each with the forms nearest the other end.
                move = better(bestMove(hi, active.get(k)), bestMove(active.get(active.size() - 1 - k), lo));
            }
            if (move == null) {
                return;
            }
            apply(move);
        }
    }

    /** Forms whose items have statistics, from the lowest mean facility to the highest (ties by index). */
    private List<Integer> activeForms() {
        List<Integer> active = new ArrayList<>();
        for (int f = 0; f < forms.formCount(); f++) {
            if (forms.knownCount(f) > 0) {
                active.add(f);
            }
        }
        active.sort(Comparator.<Integer>comparingDouble(forms::mean).thenComparingInt(f -> f));
        return active;
    }

    private Move bestMove(int a, int b) {
        Stats stats = Stats.of(forms);
        Move best = null;
        for (int c = 0; c < forms.cellCount(); c++) {
            best = better(best, bestSwap(stats, a, b, c));
            best = better(best, bestReplacement(stats, a, c));
            best = better(best, bestReplacement(stats, b, c));
        }
        return best;
    }

    private Move bestSwap(Stats stats, int a, int b, int c) {
        Move best = null;
        for (int i = 0; i < forms.slotCount(c); i++) {
            int itemA = forms.item(a, c, i);
            for (int j = 0; j < forms.slotCount(c); j++) {
                int itemB = forms.item(b, c, j);
                if (itemA == itemB || pool.known(itemA) == pool.known(itemB) && !pool.known(itemA)) {
                    continue;
                }
                double gain = stats.gain(a, delta(itemA, itemB), b, delta(itemB, itemA));
                if (gain > MIN_GAIN && (best == null || gain > best.gain())
                        && forms.accepts(a, itemB, itemA) && forms.accepts(b, itemA, itemB)) {
                    best = new Move(gain, a, c, i, itemB, b, j, itemA);
                }
            }
        }
        return best;
    }

    private Move bestReplacement(Stats stats, int f, int c) {
        Move best = null;
        double[] values = sortedDifficulty[c];
        for (int j = 0; j < forms.slotCount(c); j++) {
            int out = forms.item(f, c, j);
            if (!pool.known(out) || values.length == 0) {
                continue;
            }
            double ideal = stats.overallMean * forms.knownCount(f) - forms.knownSum(f) + pool.difficulty[out];
            int at = Arrays.binarySearch(values, ideal);
            int start = at >= 0 ? at : -at - 1;
            best = better(best, scanSpares(stats, f, c, j, out, start, -1));
            best = better(best, scanSpares(stats, f, c, j, out, start, +1));
        }
        return best;
    }

    private Move scanSpares(Stats stats, int f, int c, int slot, int out, int start, int direction) {
        Move best = null;
        int seen = 0;
        int k = direction > 0 ? start : start - 1;
        for (; k >= 0 && k < byDifficulty[c].length && seen < SPARES_PER_SIDE; k += direction) {
            int spare = byDifficulty[c][k];
            if (forms.usage(spare) > 0 || !freshEnough(spare, out)) {
                continue;
            }
            seen++;
            double gain = stats.gain(f, delta(out, spare), -1, null);
            if (gain > MIN_GAIN && (best == null || gain > best.gain()) && forms.accepts(f, spare, out)) {
                best = new Move(gain, f, c, slot, spare, -1, -1, out);
            }
        }
        return best;
    }

    private boolean freshEnough(int spare, int out) {
        return exposure != ExposurePolicy.PREFER_FRESH
                || pool.items[spare].recentExposure() <= pool.items[out].recentExposure();
    }

    /** The change of (known sum, known count) when {@code out} leaves and {@code in} enters a form. */
    private double[] delta(int out, int in) {
        double sum = 0;
        int count = 0;
        if (pool.known(out)) {
            sum -= pool.difficulty[out];
            count--;
        }
        if (pool.known(in)) {
            sum += pool.difficulty[in];
            count++;
        }
        return new double[] {sum, count};
    }

    private void apply(Move move) {
        forms.set(move.form(), move.cell(), move.slot(), move.in());
        if (move.form2() >= 0) {
            forms.set(move.form2(), move.cell(), move.slot2(), move.out());
        }
    }

    private static Move better(Move a, Move b) {
        if (a == null) {
            return b;
        }
        return b == null || a.gain() >= b.gain() ? a : b;
    }

    /** Sum and sum of squares of the active forms' means, to score a move in constant time. */
    private static final class Stats {
        private final FormSet forms;
        private final double sum;
        private final double squares;
        private final int n;
        private final double overallMean;

        private Stats(FormSet forms, double sum, double squares, int n) {
            this.forms = forms;
            this.sum = sum;
            this.squares = squares;
            this.n = n;
            this.overallMean = sum / n;
        }

        static Stats of(FormSet forms) {
            double sum = 0;
            double squares = 0;
            int n = 0;
            for (int f = 0; f < forms.formCount(); f++) {
                if (forms.knownCount(f) > 0) {
                    double mean = forms.mean(f);
                    sum += mean;
                    squares += mean * mean;
                    n++;
                }
            }
            return new Stats(forms, sum, squares, n);
        }

        /** Decrease of n·variance of the means when forms a (and b, if ≥ 0) change by their deltas. */
        double gain(int a, double[] deltaA, int b, double[] deltaB) {
            double newSum = sum;
            double newSquares = squares;
            for (int side = 0; side < 2; side++) {
                int f = side == 0 ? a : b;
                double[] d = side == 0 ? deltaA : deltaB;
                if (f < 0) {
                    continue;
                }
                int count = forms.knownCount(f) + (int) d[1];
                if (count <= 0) {
                    return Double.NEGATIVE_INFINITY; // a form would lose all its statistics
                }
                double oldMean = forms.mean(f);
                double newMean = (forms.knownSum(f) + d[0]) / count;
                newSum += newMean - oldMean;
                newSquares += newMean * newMean - oldMean * oldMean;
            }
            return (squares - sum * sum / n) - (newSquares - newSum * newSum / n);
        }
    }
}
