package vn.khaothi.itembank.application.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.blueprint.CellKey;

/**
 * The candidates indexed for assembly: items by a dense index (in item id order, so that the caller's
 * list order never matters), enemy pairs made symmetric, and per blueprint cell the usable items in
 * order of preference (fresh before exposed, then a seeded random order).
 *
 * <p>Hash maps here serve look-ups only; no decision depends on their iteration order.
 */
final class CandidatePool {

    final CandidateItem[] items;
    final List<BlueprintCell> cells;
    /** {@code ranked[c]}: indexes of the items usable in cell {@code c}, best first. */
    final int[][] ranked;
    /** {@code enemies[i]}: indexes of the items that may not share a version with item {@code i}, ascending. */
    final int[][] enemies;
    /** Facility per item index, NaN without statistics. */
    final double[] difficulty;

    private CandidatePool(CandidateItem[] items, List<BlueprintCell> cells, int[][] ranked, int[][] enemies,
            double[] difficulty) {
        this.items = items;
        this.cells = cells;
        this.ranked = ranked;
        this.enemies = enemies;
        this.difficulty = difficulty;
    }

    static CandidatePool index(AssemblyRequest request, SplittableRandom random) {
        CandidateItem[] items = request.candidates().toArray(CandidateItem[]::new);
        Arrays.sort(items, Comparator.comparingLong(CandidateItem::itemId));
        requirePublishedAndDistinct(items);
        Map<Long, Integer> indexById = new HashMap<>();
        for (int i = 0; i < items.length; i++) {
            indexById.put(items[i].itemId(), i);
        }
        List<BlueprintCell> cells = request.blueprint().cells();
        Map<CellKey, Integer> cellByKey = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            cellByKey.put(cells.get(c).key(), c);
        }
        List<List<Integer>> members = new ArrayList<>();
        cells.forEach(cell -> members.add(new ArrayList<>()));
        for (int i = 0; i < items.length; i++) {
            Integer c = cellByKey.get(items[i].cellKey());
            if (c != null) {
                members.get(c).add(i);
            }
        }
        int[][] ranked = new int[cells.size()][];
        for (int c = 0; c < cells.size(); c++) {
            ranked[c] = rank(items, members.get(c), request.exposure(), random);
        }
        double[] difficulty = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            difficulty[i] = items[i].hasDifficulty() ? items[i].difficulty() : Double.NaN;
        }
        return new CandidatePool(items, cells, ranked, symmetricEnemies(items, indexById), difficulty);
    }

    int size() {
        return items.length;
    }

    boolean known(int item) {
        return !Double.isNaN(difficulty[item]);
    }

    /** Mean facility of the cell's usable items that have statistics; NaN when none has. */
    double knownMean(int cell) {
        double sum = 0;
        int n = 0;
        for (int item : ranked[cell]) {
            if (known(item)) {
                sum += difficulty[item];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static void requirePublishedAndDistinct(CandidateItem[] sorted) {
        List<Long> unpublished = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && sorted[i].itemId() == sorted[i - 1].itemId()) {
                throw new IllegalArgumentException("item " + sorted[i].itemId() + " is a candidate twice");
            }
            if (!sorted[i].published()) {
                unpublished.add(sorted[i].itemId());
            }
        }
        // Only published items may reach a paper; the caller filters, so anything else is its bug.
        if (!unpublished.isEmpty()) {
            throw new IllegalArgumentException("only published items can be assembled; not published: " + unpublished);
        }
    }

    private static int[] rank(CandidateItem[] items, List<Integer> members, ExposurePolicy policy,
            SplittableRandom random) {
        int[] order = new int[members.size()];
        int n = 0;
        for (int i : members) {
            if (policy != ExposurePolicy.EXCLUDE_EXPOSED || items[i].recentExposure() == 0) {
                order[n++] = i;
            }
        }
        order = Arrays.copyOf(order, n);
        for (int i = n - 1; i > 0; i--) { // Fisher–Yates with the seeded generator
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        if (policy == ExposurePolicy.PREFER_FRESH) {
            // Sort by (exposure, random position): fresh first, the random order kept among equals.
            long[] keys = new long[n];
            for (int k = 0; k < n; k++) {
                keys[k] = ((long) items[order[k]].recentExposure() << 32) | k;
            }
            Arrays.sort(keys);
            int[] sorted = new int[n];
            for (int k = 0; k < n; k++) {
                sorted[k] = order[(int) keys[k]];
            }
            order = sorted;
        }
        return order;
    }

    private static int[][] symmetricEnemies(CandidateItem[] items, Map<Long, Integer> indexById) {
        int[] degree = new int[items.length];
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            for (long enemyId : items[i].enemyIds()) {
                Integer j = indexById.get(enemyId); // enemies outside the candidates cannot meet anyway
                if (j != null) {
                    pairs.add(new int[] {i, j});
                    degree[i]++;
                    degree[j]++;
                }
            }
        }
        int[][] enemies = new int[items.length][];
        int[] none = new int[0];
        for (int i = 0; i < items.length; i++) {
            enemies[i] = degree[i] == 0 ? none : new int[degree[i]];
        }
        int[] filled = new int[items.length];
        for (int[] pair : pairs) {
            enemies[pair[0]][filled[pair[0]]++] = pair[1];
            enemies[pair[1]][filled[pair[1]]++] = pair[0];
        }
        for (int i = 0; i < items.length; i++) {
            enemies[i] = sortedDistinct(enemies[i]);
        }
        return enemies;
    }

    private static int[] sortedDistinct(int[] values) {
        if (values.length < 2) {
            return values;
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = 1;
        for (int k = 1; k < sorted.length; k++) {
            if (sorted[k] != sorted[n - 1]) {
                sorted[n++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
