package vn.khaothi.itembank.application.assembly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.khaothi.itembank.domain.blueprint.Blueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.blueprint.BlueprintPart;

/**
 * Turns a form into a version: shuffles the items within each part (parts keep their order), shuffles
 * each item's options except the locked ones (and not at all for items that keep their order, such as
 * the statements of a true/false cluster), numbers the positions and writes the answer key in the
 * version's own option letters.
 */
final class VersionWriter {

    private final Blueprint blueprint;
    private final CandidatePool pool;

    VersionWriter(Blueprint blueprint, CandidatePool pool) {
        this.blueprint = blueprint;
        this.pool = pool;
    }

    private record Entry(int item, BlueprintCell cell) {
    }

    PaperVersion write(String code, FormSet forms, int form, SplittableRandom random) {
        List<PlacedItem> placed = new ArrayList<>();
        List<AnswerKeyEntry> key = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int cellIndex = 0;
        for (BlueprintPart part : blueprint.parts()) {
            List<Entry> entries = new ArrayList<>();
            for (BlueprintCell cell : part.cells()) {
                for (int j = 0; j < cell.count(); j++) {
                    entries.add(new Entry(forms.item(form, cellIndex, j), cell));
                }
                cellIndex++;
            }
            shuffle(entries, random);
            for (Entry entry : entries) {
                CandidateItem item = pool.items[entry.item()];
                int position = placed.size() + 1;
                List<Integer> order = optionOrder(item, random);
                placed.add(new PlacedItem(position, part.code(), item.itemId(), item.versionId(),
                        entry.cell().pointsEach(), order));
                key.add(keyEntry(position, item, order));
                total = total.add(entry.cell().pointsEach());
            }
        }
        double mean = forms.mean(form);
        return new PaperVersion(code, placed, key, total, Double.isNaN(mean) ? null : mean);
    }

    /** Locked options stay at their index; the others are permuted among the unlocked indexes. */
    static List<Integer> optionOrder(CandidateItem item, SplittableRandom random) {
        List<Integer> order = new ArrayList<>(item.optionCount());
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < item.optionCount(); i++) {
            order.add(i);
            if (!item.keepOptionOrder() && !item.lockedOptionIndexes().contains(i)) {
                free.add(i);
            }
        }
        List<Integer> moved = new ArrayList<>(free);
        shuffle(moved, random);
        for (int k = 0; k < free.size(); k++) {
            order.set(free.get(k), moved.get(k));
        }
        return order;
    }

    private static AnswerKeyEntry keyEntry(int position, CandidateItem item, List<Integer> order) {
        List<Integer> correct = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (int shown = 0; shown < order.size(); shown++) {
            if (item.correctOptionIndexes().contains(order.get(shown))) {
                correct.add(shown);
                letters.append((char) ('A' + shown));
            }
        }
        return new AnswerKeyEntry(position, item.itemId(), correct, letters.toString());
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
