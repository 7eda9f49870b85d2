package vn.khaothi.itembank.domain.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text into a search key (khóa tìm kiếm) so that a teacher typing without diacritics or in
 * any case finds the item: "Căn bậc hai" → "can bac hai". Vietnamese "đ"/"Đ" is a letter of its
 * own, not "d" with a mark, so Unicode decomposition does not fold it; it is mapped explicitly.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'd');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
