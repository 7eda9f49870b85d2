package vn.khaothi.engine.domain.analytics;

import java.util.Collection;
import java.util.List;

/**
 * Names a response's chosen options as the bank item's own options (phương án gốc), whatever order
 * the version showed them in, as a bit mask over the item's authored option ids.
 *
 * <p>Two namings reach the analysis. An attempt step (online, or a confirmed scan) names options by
 * the bank's ids — that is what the item types score — so its choices map one to one
 * ({@link #ofBankIds}). A paper sheet read as printed names the <em>letter shown</em> on that version
 * ("B" = the version's second option); {@link #ofShownLetters} undoes the version's shuffle with
 * {@code optionOrder} (paper_version_item.option_order: authored indexes in display order). Bank ids
 * are often letters too (A, B, C, D by position), which is exactly why the two must never be guessed
 * from the text: the caller says which naming it holds. An id the item does not have is ignored.
 */
public final class OptionChoices {

    private OptionChoices() {
    }

    /** Choices named by the bank item's own option ids. */
    public static int ofBankIds(Collection<String> chosen, List<String> optionIds) {
        int mask = 0;
        for (String c : chosen) {
            int index = optionIds.indexOf(c);
            if (index >= 0) {
                mask |= 1 << index;
            }
        }
        return mask;
    }

    /**
     * Choices named by the letters printed on a version (A = first option shown).
     *
     * @param optionOrder the authored indexes in the version's display order; empty for the authored order
     */
    public static int ofShownLetters(Collection<String> letters, List<String> optionIds, List<Integer> optionOrder) {
        int mask = 0;
        for (String letter : letters) {
            if (letter == null || letter.length() != 1 || !Character.isLetter(letter.charAt(0))) {
                continue;
            }
            int shown = Character.toUpperCase(letter.charAt(0)) - 'A';
            if (shown < 0 || shown >= optionIds.size()) {
                continue;
            }
            int authored = optionOrder.isEmpty() ? shown : optionOrder.get(shown);
            if (authored >= 0 && authored < optionIds.size()) {
                mask |= 1 << authored;
            }
        }
        return mask;
    }
}
