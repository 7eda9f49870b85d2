package vn.khaothi.itembank.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.RichText;

class SearchTextTest {

    @Test
    void foldsVietnameseDiacriticsAndCase() {
        assertEquals("can bac hai", SearchText.fold("Căn bậc hai"));
        assertEquals("dinh ly py-ta-go", SearchText.fold("Định lý Py-ta-go"));
        assertEquals("duong tron d", SearchText.fold("ĐƯỜNG TRÒN đ"));
        assertEquals("phuong trinh bac nhat hai an", SearchText.fold("  Phương   trình bậc nhất\nhai ẩn "));
        // The same word typed decomposed (NFD) folds the same.
        assertEquals(SearchText.fold("Nguyễn"), SearchText.fold("Nguye\u0302\u0303n"));
        assertEquals("", SearchText.fold(null));
    }

    @Test
    void anItemsKeyHoldsItsTextsWithoutMarkup() {
        ItemContent item = ItemContent.of(ItemTypeCode.SINGLE_CHOICE, RichText.html("<p>Căn <b>bậc hai</b> của 9</p>"),
                new ChoiceBody(List.of(new Choice("A", RichText.plain("Ba"), BigDecimal.ONE, RichText.EMPTY, false),
                        new Choice("B", RichText.plain("Âm ba"), BigDecimal.ZERO, RichText.EMPTY, false))))
                .withTags(List.of("Số học"));
        assertEquals("can bac hai cua 9 ba am ba so hoc", SearchText.keyOf(item));
    }
}
