package vn.khaothi.engine.domain.analytics;

import java.util.LinkedHashMap;
import java.util.Map;

/** The attempts grouped by version (mã đề): parallel versions hold different items and are analysed apart. */
final class Forms {

    private Forms() {
    }

    /** Version code → its attempt rows, in first-seen order. */
    static Map<String, int[]> of(ScoreSheet sheet) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int r = 0; r < sheet.attemptCount(); r++) {
            counts.computeIfAbsent(sheet.form(r), f -> new int[1])[0]++;
        }
        Map<String, int[]> rows = new LinkedHashMap<>();
        Map<String, Integer> filled = new LinkedHashMap<>();
        counts.forEach((f, c) -> {
            rows.put(f, new int[c[0]]);
            filled.put(f, 0);
        });
        for (int r = 0; r < sheet.attemptCount(); r++) {
            String f = sheet.form(r);
            int at = filled.merge(f, 1, Integer::sum) - 1;
            rows.get(f)[at] = r;
        }
        return rows;
    }

    /** The items every attempt of the version holds. */
    static boolean[] itemsOf(ScoreSheet sheet, int[] rows) {
        boolean[] on = new boolean[sheet.itemCount()];
        for (int i = 0; i < on.length; i++) {
            on[i] = rows.length > 0;
            for (int r : rows) {
                if (!sheet.onForm(r, i)) {
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
