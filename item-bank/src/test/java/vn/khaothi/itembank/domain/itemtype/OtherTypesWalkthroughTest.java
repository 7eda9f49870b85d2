package vn.khaothi.itembank.domain.itemtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.khaothi.itembank.domain.itemtype.Walkthrough.assertScore;
import static vn.khaothi.itembank.domain.itemtype.Walkthrough.score;
import static vn.khaothi.itembank.domain.itemtype.Walkthrough.view;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.item.ClozeBody;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.Gap;
import vn.khaothi.itembank.domain.item.GapAnswer;
import vn.khaothi.itembank.domain.item.GapKind;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchPair;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericAnswer;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.TextAnswer;
import vn.khaothi.itembank.domain.item.TextAnswerBody;

/** Walkthroughs for short numeric, short text, matching, ordering, cloze and essay. */
class OtherTypesWalkthroughTest {

    @Test
    void shortNumericAcceptsCommaAndDotWithinTolerance() {
        ItemContent item = ItemContent.of(ItemTypeCode.SHORT_NUMERIC, RichText.plain("Tính 1/2"), new NumericBody(List.of(
                new NumericAnswer(new BigDecimal("0.5"), new BigDecimal("0.01"), BigDecimal.ONE, RichText.EMPTY),
                new NumericAnswer(new BigDecimal("0.5"), new BigDecimal("0.1"), new BigDecimal("0.5"), RichText.EMPTY))));
        assertEquals(List.of(), ItemTypes.validate(item));
        assertEquals(3, view(item, List.of()).size());
        assertScore(score(item, "{'text':'0,5'}", "0.5"), "0.5", ScoreState.CORRECT);
        assertScore(score(item, "{'text':' 0.505 '}", "0.5"), "0.5", ScoreState.CORRECT);
        assertScore(score(item, "{'text':'0,58'}", "0.5"), "0.25", ScoreState.PARTIAL);
        assertScore(score(item, "{'text':'2'}", "0.5"), "0", ScoreState.WRONG);
        assertScore(score(item, "{'text':'một nửa'}", "0.5"), "0", ScoreState.WRONG);
        assertScore(score(item, "{'text':'1.234,5'}", "0.5"), "0", ScoreState.WRONG);
        assertScore(score(item, "{'text':''}", "0.5"), "0", ScoreState.UNANSWERED);
        assertThrows(MalformedResponseException.class, () -> score(item, "{'text':0.5}", "1"));
    }

    @Test
    void shortTextIgnoresCaseAndSpacesButNotDiacritics() {
        ItemContent item = ItemContent.of(ItemTypeCode.SHORT_TEXT, RichText.plain("Thủ đô của Việt Nam?"), new TextAnswerBody(List.of(
                new TextAnswer("Hà Nội", BigDecimal.ONE, RichText.EMPTY),
                new TextAnswer("TP Hà Nội*", new BigDecimal("0.5"), RichText.EMPTY)), false));
        assertEquals(List.of(), ItemTypes.validate(item));
        view(item, List.of());
        assertScore(score(item, "{'text':'  hà   nội '}", "1"), "1", ScoreState.CORRECT);
        assertScore(score(item, "{'text':'Ha Noi'}", "1"), "0", ScoreState.WRONG);
        assertScore(score(item, "{'text':'tp hà nội, Việt Nam'}", "1"), "0.5", ScoreState.PARTIAL);
        // NFD input (a decomposed "à") still matches.
        assertScore(score(item, "{'text':'Ha\u0300 Nô\u0323i'}", "1"), "1", ScoreState.CORRECT);
        ItemContent strict = ItemContent.of(ItemTypeCode.SHORT_TEXT, RichText.plain("Kí hiệu hoá học của sắt?"),
                new TextAnswerBody(List.of(new TextAnswer("Fe", BigDecimal.ONE, RichText.EMPTY)), true));
        assertScore(score(strict, "{'text':'FE'}", "1"), "0", ScoreState.WRONG);
        assertThrows(MalformedResponseException.class, () -> score(item, "{'value':'x'}", "1"));
    }

    static final ItemContent MATCH = ItemContent.of(ItemTypeCode.MATCHING, RichText.plain("Ghép"), new MatchingBody(List.of(
            new MatchPair("A", RichText.plain("Hà Nội"), "Việt Nam", BigDecimal.ONE),
            new MatchPair("B", RichText.plain("Paris"), "Pháp", BigDecimal.ONE),
            new MatchPair("C", RichText.plain("Lyon"), "Pháp", BigDecimal.ONE),
            new MatchPair("D", RichText.plain("Tokyo"), "Nhật Bản", BigDecimal.ONE),
            new MatchPair("E", RichText.EMPTY, "Lào", BigDecimal.ONE))));

    @Test
    void matchingGivesCreditPerPremise() {
        assertEquals(List.of(), ItemTypes.validate(MATCH));
        JsonObject v = view(MATCH, List.of("D", "C", "B", "A"));
        assertEquals(4, v.getJsonArray("left").size());
        assertEquals("D", v.getJsonArray("left").getJsonObject(0).getString("id"));
        List<String> right = v.getJsonArray("right").stream().map(r -> r.asJsonObject().getString("text")).toList();
        assertEquals(List.of("Lào", "Nhật Bản", "Pháp", "Việt Nam"), right, "sorted, distractor included, shared answer once");
        MatchingBody body = MATCH.body(MatchingBody.class);
        String vn = body.rightIdOf("Việt Nam");
        String fr = body.rightIdOf("Pháp");
        String jp = body.rightIdOf("Nhật Bản");
        assertScore(score(MATCH, "{'pairs':{'A':'" + vn + "','B':'" + fr + "','C':'" + fr + "','D':'" + jp + "'}}", "2"), "2", ScoreState.CORRECT);
        assertScore(score(MATCH, "{'pairs':{'A':'" + vn + "','B':'" + fr + "','C':'" + jp + "'}}", "2"), "1", ScoreState.PARTIAL);
        assertScore(score(MATCH, "{'pairs':{'A':'" + fr + "'}}", "2"), "0", ScoreState.WRONG);
        assertThrows(MalformedResponseException.class, () -> score(MATCH, "{'pairs':{'E':'" + vn + "'}}", "1"));
        assertThrows(MalformedResponseException.class, () -> score(MATCH, "{'pairs':{'A':'R99'}}", "1"));
    }

    static final ItemContent ORDER = ItemContent.of(ItemTypeCode.ORDERING, RichText.plain("Sắp xếp tăng dần"),
            OrderingBody.of(List.of(RichText.plain("1"), RichText.plain("2"), RichText.plain("3"), RichText.plain("4"))));

    @Test
    void orderingGivesCreditPerCorrectPosition() {
        assertEquals(List.of(), ItemTypes.validate(ORDER));
        List<String> key = ORDER.body(OrderingBody.class).sequence().stream().map(o -> o.id()).toList();
        List<String> shown = view(ORDER, List.of()).getJsonArray("options").stream().map(o -> o.asJsonObject().getString("id")).toList();
        assertEquals(key.stream().sorted().toList(), shown, "without a paper order, shown by id, not in the key's order");
        String k = String.join("','", key);
        assertScore(score(ORDER, "{'order':['" + k + "']}", "1"), "1", ScoreState.CORRECT);
        String swapped = String.join("','", List.of(key.get(1), key.get(0), key.get(2), key.get(3)));
        assertScore(score(ORDER, "{'order':['" + swapped + "']}", "1"), "0.5", ScoreState.PARTIAL);
        String reversed = String.join("','", List.of(key.get(3), key.get(2), key.get(1), key.get(0)));
        assertScore(score(ORDER, "{'order':['" + reversed + "']}", "1"), "0", ScoreState.WRONG);
        assertThrows(MalformedResponseException.class, () -> score(ORDER, "{'order':['" + key.get(0) + "']}", "1"));
    }

    static final ItemContent CLOZE = ItemContent.of(ItemTypeCode.CLOZE,
            RichText.html("Thủ đô là {#1}, có {#2} quận; sông {#3}."), new ClozeBody(List.of(
                    new Gap("1", GapKind.TEXT, BigDecimal.ONE, List.of(new GapAnswer("A", "Hà Nội", null, BigDecimal.ONE, null)), false),
                    new Gap("2", GapKind.NUMERIC, BigDecimal.ONE, List.of(new GapAnswer("A", "12", BigDecimal.ZERO, BigDecimal.ONE, null)), false),
                    new Gap("3", GapKind.CHOICE, new BigDecimal("2"), List.of(
                            new GapAnswer("A", "Hồng", null, BigDecimal.ONE, null),
                            new GapAnswer("B", "Mê Kông", null, BigDecimal.ZERO, null)), false))));

    @Test
    void clozeScoresEachGapAndWeighsThem() {
        assertEquals(List.of(), ItemTypes.validate(CLOZE));
        JsonObject v = view(CLOZE, List.of());
        assertEquals(3, v.getJsonArray("gaps").size());
        assertFalse(v.getJsonArray("gaps").getJsonObject(0).containsKey("options"));
        assertEquals(2, v.getJsonArray("gaps").getJsonObject(2).getJsonArray("options").size());
        assertScore(score(CLOZE, "{'gaps':{'1':'hà nội','2':'12','3':'A'}}", "4"), "4", ScoreState.CORRECT);
        assertScore(score(CLOZE, "{'gaps':{'1':'hà nội','2':'12,0','3':'B'}}", "4"), "2", ScoreState.PARTIAL);
        assertScore(score(CLOZE, "{'gaps':{'1':'Huế','2':'5','3':'B'}}", "4"), "0", ScoreState.WRONG);
        assertThrows(MalformedResponseException.class, () -> score(CLOZE, "{'gaps':{'3':'Z'}}", "1"));
        assertThrows(MalformedResponseException.class, () -> score(CLOZE, "{'gaps':{'9':'x'}}", "1"));
        ItemContent lost = ItemContent.of(ItemTypeCode.CLOZE, RichText.plain("no marker"), CLOZE.body());
        assertTrue(ItemTypes.validate(lost).stream().anyMatch(p -> p.contains("{#1}")));
    }

    @Test
    void essayWaitsForATeacher() {
        ItemContent item = ItemContent.of(ItemTypeCode.ESSAY, RichText.plain("Chứng minh"),
                new EssayBody(RichText.plain("Mỗi bước 0,25 điểm"), RichText.EMPTY));
        assertEquals(List.of(), ItemTypes.validate(item));
        view(item, List.of());
        assertScore(score(item, "{'text':'Vì a > b nên…'}", "2"), "0", ScoreState.NEEDS_GRADING);
        assertScore(score(item, "{'text':'  '}", "2"), "0", ScoreState.UNANSWERED);
        assertThrows(MalformedResponseException.class, () -> score(item, "{'choice':'A'}", "1"));
    }
}
