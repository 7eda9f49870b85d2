package vn.khaothi.itembank.application.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import vn.khaothi.itembank.domain.blueprint.BlueprintCell;

/**
 * Fills the forms: checks that the bank can meet every cell (reporting every short cell at once), then
 * places items greedily, most constrained cells first.
 *
 * <p>In a cell with enough items each form gets its own: the cell's best-ranked {@code count × forms}
 * items are dealt easiest-first to the form with the lowest difficulty sum among those that still
 * need the cell (a stratified deal, so the balancer starts close); an item that cannot go anywhere
 * because of enemies is replaced by the next-ranked spare. A cell that may share items (parallel forms
 * with too few items, sharing allowed) is filled by rotation, form {@code f} taking ranked items
 * {@code f·count … f·count + count − 1} modulo the pool, so each item serves as few forms as possible.
 */
final class FormBuilder {

    private final CandidatePool pool;
    private final int formCount;
    private final boolean allowShared;
    private final List<AssemblyWarning> warnings;
    /** Difficulty sums per form with unknown facilities estimated by their cell's mean: what the deal evens out. */
    private final double[] estimatedSum;
    private final double[] cellMean;

    FormBuilder(CandidatePool pool, int formCount, boolean allowShared, List<AssemblyWarning> warnings) {
        this.pool = pool;
        this.formCount = formCount;
        this.allowShared = allowShared;
        this.warnings = warnings;
        this.estimatedSum = new double[formCount];
        this.cellMean = new double[pool.cells.size()];
        for (int c = 0; c < cellMean.length; c++) {
            cellMean[c] = Double.isNaN(pool.knownMean(c)) ? 0.5 : pool.knownMean(c);
        }
    }

    FormSet build() {
        boolean[] shared = checkAvailability();
        FormSet forms = new FormSet(pool, formCount);
        List<CellShortage> conflicts = new ArrayList<>();
        for (int c = 0; c < pool.cells.size(); c++) {
            if (shared[c] && !rotate(forms, c)) {
                conflicts.add(shortage(c, needed(c, true), CellShortage.Reason.ENEMY_CONFLICTS));
            }
        }
        for (int c = 0; c < pool.cells.size(); c++) {
            if (!shared[c] && !deal(forms, c)) {
                conflicts.add(shortage(c, needed(c, false), CellShortage.Reason.ENEMY_CONFLICTS));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new BlueprintUnmetException(conflicts);
        }
        return forms;
    }

    /** Every cell's shortage at once; returns which cells will share items between forms. */
    private boolean[] checkAvailability() {
        List<CellShortage> shortages = new ArrayList<>();
        boolean[] shared = new boolean[pool.cells.size()];
        for (int c = 0; c < pool.cells.size(); c++) {
            int count = pool.cells.get(c).count();
            int available = pool.ranked[c].length;
            if (available < count) {
                shortages.add(shortage(c, count, CellShortage.Reason.TOO_FEW_ITEMS));
            } else if (available < count * formCount) {
                if (allowShared) {
                    shared[c] = true;
                    warnShared(c, available);
                } else {
                    shortages.add(shortage(c, count * formCount, CellShortage.Reason.TOO_FEW_FOR_PARALLEL_FORMS));
                }
            }
        }
        if (!shortages.isEmpty()) {
            throw new BlueprintUnmetException(shortages);
        }
        return shared;
    }

    private boolean rotate(FormSet forms, int c) {
        int[] ranked = pool.ranked[c];
        int count = pool.cells.get(c).count();
        for (int f = 0; f < formCount; f++) {
            for (int j = 0; j < count; j++) {
                int item = ranked[(f * count + j) % ranked.length];
                if (!forms.accepts(f, item, FormSet.EMPTY)) {
                    return false;
                }
                forms.set(f, c, j, item);
                estimatedSum[f] += estimate(c, item);
            }
        }
        return true;
    }

    private boolean deal(FormSet forms, int c) {
        int[] ranked = pool.ranked[c];
        int needed = pool.cells.get(c).count() * formCount;
        Integer[] chosen = new Integer[needed];
        for (int k = 0; k < needed; k++) {
            chosen[k] = ranked[k];
        }
        // Largest facility first to the lowest sum (LPT); the sort is stable, so ties keep their rank.
        Arrays.sort(chosen, Comparator.<Integer>comparingDouble(i -> estimate(c, i)).reversed());
        int nextSpare = needed;
        for (int item : chosen) {
            int form = bestForm(forms, c, item);
            while (form == FormSet.EMPTY && nextSpare < ranked.length) {
                item = ranked[nextSpare++];
                form = bestForm(forms, c, item);
            }
            if (form == FormSet.EMPTY) {
                return false;
            }
            forms.set(form, c, forms.freeSlot(form, c), item);
            estimatedSum[form] += estimate(c, item);
        }
        return true;
    }

    private double estimate(int c, int item) {
        return pool.known(item) ? pool.difficulty[item] : cellMean[c];
    }

    /** Among forms that still need the cell and accept the item: fewest items of the cell, then lowest sum. */
    private int bestForm(FormSet forms, int c, int item) {
        int best = FormSet.EMPTY;
        int bestFilled = Integer.MAX_VALUE;
        double bestSum = Double.POSITIVE_INFINITY;
        for (int f = 0; f < formCount; f++) {
            int slot = forms.freeSlot(f, c);
            if (slot == FormSet.EMPTY || !forms.accepts(f, item, FormSet.EMPTY)) {
                continue;
            }
            double sum = estimatedSum[f];
            if (slot < bestFilled || (slot == bestFilled && sum < bestSum)) {
                best = f;
                bestFilled = slot;
                bestSum = sum;
            }
        }
        return best;
    }

    private int needed(int c, boolean shared) {
        return pool.cells.get(c).count() * (shared ? 1 : formCount);
    }

    private CellShortage shortage(int c, int needed, CellShortage.Reason reason) {
        BlueprintCell cell = pool.cells.get(c);
        return new CellShortage(cell.chapter(), cell.level(), cell.itemType(), needed, pool.ranked[c].length, reason);
    }

    private void warnShared(int c, int available) {
        BlueprintCell cell = pool.cells.get(c);
        int uses = cell.count() * formCount;
        int mostUses = (uses + available - 1) / available;
        warnings.add(new AssemblyWarning(AssemblyWarning.Code.ITEMS_SHARED_BETWEEN_VERSIONS, cell.key().toString(),
                available + " items for " + formCount + " versions × " + cell.count() + "; versions share items, each"
                        + " item used by at most " + mostUses + " versions"));
    }
}
