package vn.khaothi.itembank.domain.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.StatementsBody;

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

    /**
     * The search key of an item: its name, stem, option/statement/pair texts and tags, as text
     * without markup, folded. Stored beside the item so a {@code LIKE '%can bac%'} finds it.
     */
    public static String keyOf(ItemContent content) {
        StringJoiner key = new StringJoiner(" ");
        key.add(content.name()).add(content.stem().text());
        ItemBody body = content.body();
        if (body instanceof ChoiceBody b) {
            b.options().forEach(o -> key.add(o.text().text()));
        } else if (body instanceof StatementsBody b) {
            b.statements().forEach(st -> key.add(st.text().text()));
        } else if (body instanceof MatchingBody b) {
            b.pairs().forEach(p -> key.add(p.left().text()).add(p.right()));
        } else if (body instanceof OrderingBody b) {
            b.sequence().forEach(o -> key.add(o.text().text()));
        }
        content.tags().forEach(key::add);
        return fold(key.toString());
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
