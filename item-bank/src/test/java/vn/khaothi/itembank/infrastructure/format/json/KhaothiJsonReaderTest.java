package vn.khaothi.itembank.infrastructure.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.CognitiveLevel;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.MatchingBody;
import vn.khaothi.itembank.domain.item.NumericBody;
import vn.khaothi.itembank.domain.item.OrderingBody;
import vn.khaothi.itembank.domain.item.StatementsBody;
import vn.khaothi.itembank.domain.item.TrueFalseBody;

public class KhaothiJsonReaderTest {

    private static final ItemImport IMPORT = new ItemImport(List.of(new KhaothiJsonReader()));

    private static ImportResult read(String json) {
        return IMPORT.run(ItemFormat.KHAOTHI_JSON, json.getBytes(StandardCharsets.UTF_8), null);
    }

    public static final String BANK = """
            {"subject":"MATH","grade":9,"chapters":[
             {"code":"C1","title":"Chương I. Căn bậc hai","items":[
              {"type":"SINGLE_CHOICE","level":"NB","stem":"Căn bậc hai số học của 9 là","points":0.25,"tags":["căn bậc hai"],
               "feedback":"\\\\(\\\\sqrt{9}=3\\\\)","options":[{"text":"3","correct":true},{"text":"-3","correct":false},
               {"text":"81","correct":false},{"text":"Tất cả các ý trên","correct":false,"locked":true}]},
              {"type":"MULTIPLE_RESPONSE","level":"TH","stem":"Số nào là số vô tỉ?","options":[{"text":"\\\\(\\\\sqrt2\\\\)","correct":true},
               {"text":"\\\\(\\\\pi\\\\)","correct":true},{"text":"1,5","correct":false}]},
              {"type":"TRUE_FALSE","level":"NB","stem":"\\\\(\\\\sqrt{4}=2\\\\)","answer":true},
              {"type":"TRUE_FALSE_CLUSTER","level":"VD","stem":"Cho \\\\(x<y\\\\).","points":1,"statements":[
               {"text":"a","correct":true},{"text":"b","correct":false},{"text":"c","correct":true},{"text":"d","correct":false}]}
             ]},
             {"code":"C2","title":"Chương II","items":[
              {"type":"SHORT_NUMERIC","level":"VD","stem":"Tính 5/2","points":0.5,"answer":"2,5","tolerance":0},
              {"type":"SHORT_TEXT","level":"TH","stem":"Thủ đô?","answers":["Hà Nội","Ha Noi"]},
              {"type":"MATCHING","level":"TH","stem":"Ghép","pairs":[{"left":"1+1","right":"2"},{"left":"2+1","right":"3"}]},
              {"type":"ORDERING","level":"VDC","stem":"Sắp xếp","sequence":["1","2","3"]},
              {"type":"CLOZE","level":"TH","stem":"Thủ đô là {#1}, có {#2} quận","gaps":[{"kind":"TEXT","answers":["Hà Nội"]},
               {"kind":"NUMERIC","answers":["12"]}]},
              {"type":"ESSAY","level":"VDC","stem":"Chứng minh","guidance":"Mỗi bước 0,25 điểm"}
             ]}]}
            """;

    @Test
    void readsEveryTypeOfTheDocumentedShape() {
        ImportResult r = read(BANK);
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals("MATH", r.subject());
        assertEquals(9, r.grade());
        assertEquals(List.of("C1", "C2"), r.chapters().stream().map(c -> c.key()).toList());
        assertEquals("Chương I. Căn bậc hai", r.chapters().get(0).title());
        assertEquals(10, r.items().size());
        assertEquals(List.of(ItemTypeCode.values()), r.items().stream().map(i -> i.content().type()).sorted().toList());
        var sc = r.items().get(0);
        assertEquals("C1", sc.chapterKey());
        assertEquals(CognitiveLevel.NB, sc.level());
        assertEquals(0, new BigDecimal("0.25").compareTo(sc.content().defaultPoints()));
        assertEquals(List.of("căn bậc hai"), sc.content().tags());
        assertTrue(sc.content().body(ChoiceBody.class).options().get(3).locked());
        assertEquals("\\(\\sqrt{9}=3\\)", sc.content().generalFeedback().html());
        ChoiceBody mr = r.items().get(1).content().body(ChoiceBody.class);
        assertEquals(List.of("0.5", "0.5", "-0.5"), mr.options().stream().map(o -> o.fraction().toPlainString()).toList());
        assertTrue(r.items().get(2).content().body(TrueFalseBody.class).answer());
        assertEquals("Cho \\(x&lt;y\\).", r.items().get(3).content().stem().html(), "math survives the sanitiser");
        assertEquals(List.of("a", "b", "c", "d"), r.items().get(3).content().body(StatementsBody.class).statements().stream()
                .map(s -> s.id()).toList());
        assertEquals(0, new BigDecimal("2.5").compareTo(r.items().get(4).content().body(NumericBody.class).answers().get(0).value()));
        assertEquals(List.of("2", "3"), r.items().get(6).content().body(MatchingBody.class).answers());
        assertEquals(List.of("1", "2", "3"), r.items().get(7).content().body(OrderingBody.class).sequence().stream()
                .map(o -> o.text().html()).toList());
        assertEquals(3, r.items().get(4).line() > 0 ? 3 : 0);
    }

    @Test
    void everyBadItemIsReportedWithLineAndPathAndNothingIsImported() {
        String json = """
                {"subject":"MATH","grade":9,"chapters":[{"code":"C1","title":"I","items":[
                 {"type":"SINGLE_CHOICE","level":"NB","stem":"ok","options":[{"text":"a","correct":true},{"text":"b","correct":false}]},
                 {"type":"SINGLE_CHOICE","level":"NB","stem":"no key","options":[{"text":"a","correct":false},{"text":"b","correct":false}]},
                 {"type":"WHATEVER","level":"NB","stem":"x"},
                 {"type":"TRUE_FALSE_CLUSTER","level":"M1","stem":"three","statements":[{"text":"a","correct":true},
                   {"text":"b","correct":true},{"text":"c","correct":true}]}
                ]}]}
                """;
        ImportResult r = read(json);
        assertFalse(r.accepted());
        assertTrue(r.items().isEmpty());
        List<String> problems = new ArrayList<>(r.problems().stream().map(Object::toString).toList());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("line 4 (chapters[0].items[2])") && p.contains("WHATEVER")), problems.toString());
        assertEquals(1, problems.size(), "type problems are found after the structure is valid: " + problems);
    }

    @Test
    void contentProblemsAreReportedPerItem() {
        String json = """
                {"subject":"MATH","grade":9,"chapters":[{"code":"C1","title":"I","items":[
                 {"type":"SINGLE_CHOICE","level":"NB","stem":"no key","options":[{"text":"a","correct":false},{"text":"b","correct":false}]},
                 {"type":"TRUE_FALSE_CLUSTER","level":"TH","stem":"three","statements":[{"text":"a","correct":true},
                   {"text":"b","correct":true},{"text":"c","correct":true}]}
                ]}]}
                """;
        ImportResult r = read(json);
        assertFalse(r.accepted());
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertEquals(2, r.problems().get(0).line());
        assertTrue(r.problems().get(0).message().contains("key"));
        assertEquals(3, r.problems().get(1).line());
        assertTrue(r.problems().get(1).message().contains("exactly 4 statements"));
    }

    @Test
    void primaryLevelsInASecondaryGradeAreRefused() {
        ImportResult r = read("""
                {"subject":"MATH","grade":9,"chapters":[{"code":"C1","title":"I","items":[
                 {"type":"TRUE_FALSE","level":"M2","stem":"x","answer":true}]}]}
                """);
        assertFalse(r.accepted());
        assertTrue(r.problems().get(0).message().contains("M2"));
    }

    @Test
    void brokenJsonNamesItsLine() {
        ImportResult r = read("{\"subject\":\"MATH\",\n\"grade\":9,\n\"chapters\":[ {\"code\" \"C1\"} ]}");
        assertFalse(r.accepted());
        assertEquals(3, r.problems().get(0).line());
    }
}
