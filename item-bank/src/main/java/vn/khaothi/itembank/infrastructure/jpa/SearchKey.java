package vn.khaothi.itembank.infrastructure.jpa;

import vn.khaothi.itembank.domain.search.SearchText;

/**
 * The stored form of a search key: {@link SearchText#fold} ("Căn bậc hai" → "can bac hai"), then
 * every remaining non-ASCII character as '?' (what MariaDB's conversion to ASCII writes too), cut
 * to the column's 1,000 characters. Stored and queried text go through the same function.
 */
public final class SearchKey {

    public static final int LENGTH = 1000;

    private SearchKey() {
    }

    public static String of(String text) {
        String folded = SearchText.fold(text);
        StringBuilder out = new StringBuilder(Math.min(folded.length(), LENGTH));
        for (int i = 0; i < folded.length() && out.length() < LENGTH; i++) {
            char c = folded.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < folded.length()) {
                i++;
            }
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }
}
