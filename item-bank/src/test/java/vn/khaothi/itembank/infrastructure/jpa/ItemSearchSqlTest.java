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
    void freeTextIsFoldedAndMatchedByFulltextThenPhrase() {
        ItemQuery q = new ItemQuery("math", 9, null, null, null, null, "Căn Bậc Hai", null, 0, 20);
        ItemSearchSql sql = ItemSearchSql.of(q);
        assertTrue(sql.countSql().contains("MATCH (i.search_key) AGAINST (? IN BOOLEAN MODE)"), sql.countSql());
        assertEquals(List.of("MATH", 9, "+can* +bac* +hai*", "%can bac hai%"), sql.countParams());
        assertEquals(List.of("MATH", 9, "+can* +bac* +hai*", "%can bac hai%", 20, 0), sql.pageParams(q));
    }

    @Test
    void shortWordsAndStopWordsStayOutOfTheFulltextPart() {
        assertEquals("+tinh* +gia* +tri*", ItemSearchSql.booleanQuery("x la tinh gia tri cua ab"
                .replace("cua", "")));
        ItemSearchSql onlyShort = ItemSearchSql.of(new ItemQuery(null, null, null, null, null, null, "là x", null, 0, 20));
        assertFalse(onlyShort.countSql().contains("MATCH"), "nothing indexable: the phrase alone decides");
        assertEquals(List.of("%la x%"), onlyShort.countParams());
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
        assertEquals(List.of("MATH", 9, "C3", "MATH", 9, "NB", "SINGLE_CHOICE", "PUBLISHED", "can bac hai"),
                sql.countParams());
        assertEquals(List.of(10, 20), sql.pageParams(q).subList(9, 11));
        assertFalse(sql.pageSql().contains("'"), "no value is spliced into the SQL");
        assertEquals("SELECT ?1, ?2", ItemSearchSql.numbered("SELECT ?, ?"));
    }

    @Test
    void pageAndSizeAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ItemQuery(null, null, null, null, null, null, null, null, -1, 20));
        assertThrows(IllegalArgumentException.class, () -> new ItemQuery(null, null, null, null, null, null, null, null, 0, 201));
    }
}
