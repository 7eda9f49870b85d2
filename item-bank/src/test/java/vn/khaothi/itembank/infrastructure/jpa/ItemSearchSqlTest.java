package vn.khaothi.itembank.infrastructure.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.bank.ItemQuery;

/** The search SQL: filters become parameters, free text is folded, LIKE wildcards typed by a user are literal. */
class ItemSearchSqlTest {

    @Test
    void withinASubjectAndGradeFreeTextIsAFoldedPhraseOnTheIndex() {
        ItemQuery q = new ItemQuery("math", 9, null, null, null, null, "Căn Bậc Hai", null, 0, 20);
        ItemSearchSql sql = ItemSearchSql.of(q);
        assertFalse(sql.countSql().contains("MATCH"), sql.countSql());
        assertFalse(sql.pageSql().contains("STRAIGHT_JOIN"), sql.pageSql());
        assertEquals(List.of("MATH", 9, "%can bac hai%"), sql.countParams());
        assertEquals(List.of("MATH", 9, "%can bac hai%", 20, 0), sql.pageParams(q));
    }

    @Test
    void overTheWholeBankFulltextNarrowsFirst() {
        ItemSearchSql sql = ItemSearchSql.of(new ItemQuery(null, null, null, null, null, null, "Đường tròn nội tiếp", null, 0, 20));
        assertTrue(sql.countSql().contains("MATCH (i.search_key) AGAINST (? IN BOOLEAN MODE)"), sql.countSql());
        assertEquals(List.of("+duong +tron +noi +tiep*", "%duong tron noi tiep%"), sql.countParams());
        assertFalse(sql.pageSql().contains("MATCH"), "the page walks ids and stops after a page");
        assertTrue(sql.pageSql().startsWith("SELECT STRAIGHT_JOIN "), sql.pageSql());
        ItemQuery q = new ItemQuery(null, null, null, null, null, null, "duong tron noi tiep", "PUBLISHED", 1, 20);
        assertEquals(List.of("PUBLISHED", "%duong tron noi tiep%", 20, 20), ItemSearchSql.of(q).pageParams(q));
    }

    @Test
    void shortWordsAndStopWordsStayOutOfTheFulltextPart() {
        assertEquals("+tinh +gia +tri", ItemSearchSql.booleanQuery("x la tinh gia tri ab"));
        ItemSearchSql onlyShort = ItemSearchSql.of(new ItemQuery(null, null, null, null, null, null, "là x", null, 0, 20));
        assertFalse(onlyShort.countSql().contains("MATCH"), "nothing indexable: the phrase alone decides");
        assertEquals(List.of("%la x%"), onlyShort.countParams());
    }

    @Test
    void theStoredKeyIsAsciiAndCut() {
        assertEquals("x? = 0 va dinh ly", SearchKey.of("x² ≠ 0 và Định lý"), "≠ decomposes to = and a mark");
        assertEquals(SearchKey.LENGTH, SearchKey.of("a".repeat(5000)).length());
    }

    @Test
    void likeWildcardsInTheTextAreLiteral() {
        ItemSearchSql sql = ItemSearchSql.of(new ItemQuery(null, null, null, null, null, null, "50% _a!", null, 0, 20));
        assertEquals("%50!% !_a!!%", sql.countParams().get(sql.countParams().size() - 1));
    }

    @Test
    void chapterTagAndFiltersAreParameters() {
        ItemQuery q = new ItemQuery("MATH", 9, "C3", "nb", "single_choice", "Căn bậc hai", null, "published", 2, 10);
        ItemSearchSql sql = ItemSearchSql.of(q);
        assertEquals(List.of("MATH", 9, "C3", "MATH", 9, "NB", "SINGLE_CHOICE", "PUBLISHED", "can bac hai", "MATH", 9),
                sql.countParams());
        assertEquals(List.of(10, 20), sql.pageParams(q).subList(11, 13));
        assertFalse(sql.pageSql().contains("'"), "no value is spliced into the SQL");
        assertEquals("SELECT ?1, ?2", ItemSearchSql.numbered("SELECT ?, ?"));
    }

    @Test
    void pageAndSizeAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ItemQuery(null, null, null, null, null, null, null, null, -1, 20));
        assertThrows(IllegalArgumentException.class, () -> new ItemQuery(null, null, null, null, null, null, null, null, 0, 201));
    }
}
