package vn.khaothi.itembank.application.assembly;

import java.util.Arrays;

/**
 * The item sets of the forms under construction: one form per version in parallel forms, a single
 * form in same-items mode. Keeps, incrementally, which form holds which item, how many forms use each
 * item and each form's sum and count of known difficulties, so that a move is checked and scored in
 * constant time (plus the item's enemy list).
 */
final class FormSet {

    static final int EMPTY = -1;

    private final CandidatePool pool;
    /** {@code slots[f][c][j]}: the item in slot {@code j} of cell {@code c} of form {@code f}. */
    private final int[][][] slots;
    private final boolean[][] holds;
    private final int[] usage;
    private final double[] knownSum;
    private final int[] knownCount;

    FormSet(CandidatePool pool, int formCount) {
        this.pool = pool;
        this.slots = new int[formCount][pool.cells.size()][];
        for (int[][] form : slots) {
            for (int c = 0; c < form.length; c++) {
                form[c] = new int[pool.cells.get(c).count()];
                Arrays.fill(form[c], EMPTY);
            }
        }
        this.holds = new boolean[formCount][pool.size()];
        this.usage = new int[pool.size()];
        this.knownSum = new double[formCount];
        this.knownCount = new int[formCount];
    }

    int formCount() {
        return slots.length;
    }

    int cellCount() {
        return pool.cells.size();
    }

    int slotCount(int cell) {
        return pool.cells.get(cell).count();
    }

    int item(int form, int cell, int slot) {
        return slots[form][cell][slot];
    }

    int usage(int item) {
        return usage[item];
    }

    boolean holds(int form, int item) {
        return holds[form][item];
    }

    double knownSum(int form) {
        return knownSum[form];
    }

    int knownCount(int form) {
        return knownCount[form];
    }

    /** Mean facility of the form's items that have statistics; NaN when none has. */
    double mean(int form) {
        return knownCount[form] == 0 ? Double.NaN : knownSum[form] / knownCount[form];
    }

    /** The first empty slot of the cell in the form, or {@link #EMPTY} when the cell is full. */
    int freeSlot(int form, int cell) {
        int[] cellSlots = slots[form][cell];
        for (int j = 0; j < cellSlots.length; j++) {
            if (cellSlots[j] == EMPTY) {
                return j;
            }
        }
        return EMPTY;
    }

    /**
     * Whether {@code item} may enter {@code form} while {@code leaving} (or {@link #EMPTY}) leaves it:
     * an item appears once per version, and never beside one of its enemies.
     */
    boolean accepts(int form, int item, int leaving) {
        if (holds[form][item] && item != leaving) {
            return false;
        }
        for (int enemy : pool.enemies[item]) {
            if (enemy != leaving && holds[form][enemy]) {
                return false;
            }
        }
        return true;
    }

    /** Puts {@code item} into a slot, replacing what was there; the caller checked {@link #accepts}. */
    void set(int form, int cell, int slot, int item) {
        int old = slots[form][cell][slot];
        if (old != EMPTY) {
            holds[form][old] = false;
            usage[old]--;
            if (pool.known(old)) {
                knownSum[form] -= pool.difficulty[old];
                knownCount[form]--;
            }
        }
        slots[form][cell][slot] = item;
        holds[form][item] = true;
        usage[item]++;
        if (pool.known(item)) {
            knownSum[form] += pool.difficulty[item];
            knownCount[form]++;
        }
    }

    boolean complete() {
        for (int[][] form : slots) {
            for (int[] cell : form) {
                for (int item : cell) {
                    if (item == EMPTY) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
