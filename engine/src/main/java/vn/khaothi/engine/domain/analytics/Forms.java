package vn.khaothi.engine.domain.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/** The attempts grouped by form: parallel versions (mã đề) hold different items and are analysed apart. */
final class Forms {

    private Forms() {
    }

    /**
     * The attempts grouped by the set of items their version holds, in first-seen order: versions
     * that only reshuffle the same items (SAME_ITEMS) are one form, parallel forms are apart.
     */
    static Map<String, int[]> of(ScoreSheet sheet) {
        String[] keys = itemSets(sheet);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int r = 0; r < sheet.attemptCount(); r++) {
            counts.computeIfAbsent(keys[r], f -> new int[1])[0]++;
        }
        Map<String, int[]> rows = new LinkedHashMap<>();
        Map<String, Integer> filled = new LinkedHashMap<>();
        counts.forEach((f, c) -> {
            rows.put(f, new int[c[0]]);
            filled.put(f, 0);
        });
        for (int r = 0; r < sheet.attemptCount(); r++) {
            String f = keys[r];
            int at = filled.merge(f, 1, Integer::sum) - 1;
            rows.get(f)[at] = r;
        }
        return rows;
    }

    /** Per attempt, the set of items on its version as a bit string, built column by column. */
    private static String[] itemSets(ScoreSheet sheet) {
        int n = sheet.attemptCount();
        int words = (sheet.itemCount() + 63) / 64;
        long[] bits = new long[n * Math.max(1, words)];
        for (int i = 0; i < sheet.itemCount(); i++) {
            double[] column = sheet.pointsColumn(i);
            long bit = 1L << (i % 64);
            int word = i / 64;
            for (int r = 0; r < n; r++) {
                if (!Double.isNaN(column[r])) {
                    bits[r * words + word] |= bit;
                }
            }
        }
        String[] keys = new String[n];
        StringBuilder key = new StringBuilder();
        for (int r = 0; r < n; r++) {
            key.setLength(0);
            for (int w = 0; w < words; w++) {
                key.append(Long.toHexString(bits[r * words + w])).append('.');
            }
            keys[r] = key.toString();
        }
        return keys;
    }

    /** The items every attempt of the version holds. */
    static boolean[] itemsOf(ScoreSheet sheet, int[] rows) {
        boolean[] on = new boolean[sheet.itemCount()];
        for (int i = 0; i < on.length; i++) {
            on[i] = rows.length > 0;
            double[] column = sheet.pointsColumn(i);
            for (int r : rows) {
                if (Double.isNaN(column[r])) {
                    on[i] = false;
                    break;
                }
            }
        }
        return on;
    }

    /** The largest total a version allows. */
    static double maxTotal(ScoreSheet sheet, Map<String, int[]> forms) {
        double max = 0;
        for (int[] rows : forms.values()) {
            boolean[] on = itemsOf(sheet, rows);
            double total = 0;
            for (int i = 0; i < on.length; i++) {
                total += on[i] ? sheet.items().get(i).maxPoints() : 0;
            }
            max = Math.max(max, total);
        }
        return max;
    }
}
