package vn.khaothi.itembank.application.assembly;

import java.util.List;

/**
 * The key of one position of a version, in the version's own option order.
 *
 * @param position         1-based position of the item in the version
 * @param itemId           the bank item
 * @param correctPositions 0-based positions of the correct options after shuffling; empty when the key
 *                         is not an option and the caller fills it from the item content (true/false
 *                         clusters keep their statement order, so their key needs no translation)
 * @param letters          the correct options as letters, e.g. "B" or "AC"; empty when the caller fills it
 */
public record AnswerKeyEntry(int position, long itemId, List<Integer> correctPositions, String letters) {

    public AnswerKeyEntry {
        correctPositions = List.copyOf(correctPositions);
    }

    public boolean filledByCaller() {
        return correctPositions.isEmpty();
    }
}
