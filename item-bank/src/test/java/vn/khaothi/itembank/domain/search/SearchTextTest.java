package vn.khaothi.itembank.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
