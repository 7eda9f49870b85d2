package vn.khaothi.itembank.domain.itemtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.itembank.domain.itemtype.Walkthrough.assertScore;
import static vn.khaothi.itembank.domain.itemtype.Walkthrough.score;
import static vn.khaothi.itembank.domain.itemtype.Walkthrough.view;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.Statement;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;

/** Walkthroughs for single choice, multiple response, true/false and the true/false cluster. */
class ChoiceTypesWalkthroughTest {

    private static Choice option(String id, String text, String fraction) {
        return new Choice(id, RichText.html(text), new BigDecimal(fraction), RichText.plain("fb " + id), false);
    }

    static final ItemContent SQRT = ItemContent.of(ItemTypeCode.SINGLE_CHOICE, RichText.html("Căn bậc hai số học của 9 là"),
            new ChoiceBody(List.of(option("A", "3", "1"), option("B", "-3", "0"), option("C", "81", "0"),
                    new Choice("D", RichText.plain("Tất cả các ý trên"), BigDecimal.ZERO, RichText.EMPTY, true))));

    @Test
    void singleChoice() {
        assertEquals(List.of(), ItemTypes.validate(SQRT));
        JsonObject v = view(SQRT, List.of("C", "A", "B", "D"));
        assertEquals("C", v.getJsonArray("options").getJsonObject(0).getString("id"));
        assertEquals("81", v.getJsonArray("options").getJsonObject(0).getString("text"));
        assertScore(score(SQRT, "{'choice':'A'}", "0.25"), "0.25", ScoreState.CORRECT);
        assertScore(score(SQRT, "{'choice':'B'}", "0.25"), "0", ScoreState.WRONG);
        assertScore(score(SQRT, null, "0.25"), "0", ScoreState.UNANSWERED);
        assertThrows(MalformedResponseException.class, () -> score(SQRT, "{'choice':'Z'}", "1"));
        assertThrows(MalformedResponseException.class, () -> score(SQRT, "{'choices':['A']}", "1"));
        assertThrows(IllegalArgumentException.class, () -> view(SQRT, List.of("A", "B")));
    }

    @Test
    void singleChoiceWithoutKeyOrWithTwoKeysIsInvalid() {
        ItemContent noKey = ItemContent.of(ItemTypeCode.SINGLE_CHOICE, RichText.plain("x"),
                new ChoiceBody(List.of(option("A", "1", "0"), option("B", "2", "0"))));
        assertTrue(ItemTypes.validate(noKey).get(0).contains("key"));
        ItemContent twoKeys = ItemContent.of(ItemTypeCode.SINGLE_CHOICE, RichText.plain("x"),
                new ChoiceBody(List.of(option("A", "1", "1"), option("B", "2", "1"))));
        assertTrue(ItemTypes.validate(twoKeys).get(0).contains("MULTIPLE_RESPONSE"));
    }

    @Test
    void lockedOptionsKeepTheirPlaceWhenShuffled() {
        for (int seed = 0; seed < 20; seed++) {
            List<String> order = SQRT.body(ChoiceBody.class).shuffledOrder(new Random(seed));
            assertEquals("D", order.get(3));
            assertEquals(order, SQRT.body(ChoiceBody.class).shuffledOrder(new Random(seed)), "reproducible");
        }
    }

    static final ItemContent IRRATIONAL = ItemContent.of(ItemTypeCode.MULTIPLE_RESPONSE, RichText.plain("Số vô tỉ?"),
            new ChoiceBody(List.of(option("A", "\\(\\sqrt2\\)", "0.3333333"), option("B", "\\(\\pi\\)", "0.3333333"),
                    option("C", "\\(\\sqrt3\\)", "0.3333333"), option("D", "1,5", "-1"))));

    @Test
    void multipleResponse() {
        assertEquals(List.of(), ItemTypes.validate(IRRATIONAL));
        assertEquals(4, view(IRRATIONAL, List.of()).getJsonArray("options").size());
        assertScore(score(IRRATIONAL, "{'choices':['C','B','A']}", "1"), "1", ScoreState.CORRECT);
        assertScore(score(IRRATIONAL, "{'choices':['A','B']}", "1"), "0.6667", ScoreState.PARTIAL);
        assertScore(score(IRRATIONAL, "{'choices':['A','D']}", "1"), "0", ScoreState.WRONG);
        assertScore(score(IRRATIONAL, "{'choices':['A','B','C','D']}", "1"), "0", ScoreState.WRONG);
        assertScore(score(IRRATIONAL, "{'choices':[]}", "1"), "0", ScoreState.UNANSWERED);
        assertThrows(MalformedResponseException.class, () -> score(IRRATIONAL, "{'choices':'A'}", "1"));
        assertThrows(MalformedResponseException.class, () -> score(IRRATIONAL, "{'choices':['E']}", "1"));
    }

    @Test
    void trueFalse() {
        ItemContent item = ItemContent.of(ItemTypeCode.TRUE_FALSE, RichText.plain("\\(\\sqrt4=2\\)"),
                new TrueFalseBody(true, RichText.plain("Đúng"), RichText.plain("Sai")));
        assertEquals(List.of(), ItemTypes.validate(item));
        assertEquals(3, view(item, List.of()).size(), "type, stem, points only");
        assertScore(score(item, "{'value':true}", "0.5"), "0.5", ScoreState.CORRECT);
        assertScore(score(item, "{'value':false}", "0.5"), "0", ScoreState.WRONG);
        assertThrows(MalformedResponseException.class, () -> score(item, "{'value':'true'}", "1"));
    }

    static final ItemContent CLUSTER = ItemContent.of(ItemTypeCode.TRUE_FALSE_CLUSTER, RichText.plain("Cho hàm số y = 2x + 1."),
            new StatementsBody(List.of(new Statement("a", RichText.plain("Đồng biến"), true),
                    new Statement("b", RichText.plain("Cắt Oy tại (0; 2)"), false),
                    new Statement("c", RichText.plain("Đi qua (1; 3)"), true),
                    new Statement("d", RichText.plain("Hệ số góc 1"), false))));

    @Test
    void trueFalseClusterScoresByStatementsJudgedRight() {
        assertEquals(List.of(), ItemTypes.validate(CLUSTER));
        assertEquals(List.of("a", "b", "c", "d"), view(CLUSTER, List.of()).getJsonArray("statements").stream()
                .map(s -> s.asJsonObject().getString("id")).toList());
        // regulations.md §6: 1 → 0.1, 2 → 0.25, 3 → 0.5, 4 → 1.0 of a 1-point item.
        assertScore(score(CLUSTER, "{'values':{'a':true,'b':false,'c':true,'d':false}}", "1"), "1", ScoreState.CORRECT);
        assertScore(score(CLUSTER, "{'values':{'a':true,'b':false,'c':true,'d':true}}", "1"), "0.5", ScoreState.PARTIAL);
        assertScore(score(CLUSTER, "{'values':{'a':true,'b':false,'c':false,'d':true}}", "1"), "0.25", ScoreState.PARTIAL);
        assertScore(score(CLUSTER, "{'values':{'a':true}}", "1"), "0.1", ScoreState.PARTIAL);
        assertScore(score(CLUSTER, "{'values':{'a':false,'b':true,'c':false,'d':true}}", "1"), "0", ScoreState.WRONG);
        assertScore(score(CLUSTER, "{'values':{'a':true,'b':false,'c':true,'d':true}}", "2"), "1", ScoreState.PARTIAL);
        assertThrows(MalformedResponseException.class, () -> score(CLUSTER, "{'values':{'e':true}}", "1"));
        assertThrows(MalformedResponseException.class, () -> score(CLUSTER, "{'values':{'a':1}}", "1"));
    }

    @Test
    void clusterNeedsFourStatements() {
        ItemContent three = ItemContent.of(ItemTypeCode.TRUE_FALSE_CLUSTER, RichText.plain("x"),
                new StatementsBody(CLUSTER.body(StatementsBody.class).statements().subList(0, 3)));
        assertTrue(ItemTypes.validate(three).get(0).contains("exactly 4"));
    }

    @Test
    void aBodyOfTheWrongShapeIsAProblemNotACrash() {
        ItemContent wrong = ItemContent.of(ItemTypeCode.SINGLE_CHOICE, RichText.plain("x"), CLUSTER.body());
        assertTrue(ItemTypes.validate(wrong).get(0).contains("ChoiceBody"));
    }
}
