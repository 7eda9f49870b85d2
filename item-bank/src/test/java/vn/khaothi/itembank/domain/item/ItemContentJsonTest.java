package vn.khaothi.itembank.domain.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;
import vn.khaothi.itembank.infrastructure.format.json.KhaothiJsonReader;

/** The stored JSON form gives back exactly the content, for every type. */
class ItemContentJsonTest {

    @Test
    void everyTypeSurvivesTheStoredForm() {
        String bank = """
                {"subject":"MATH","grade":9,"chapters":[{"code":"C1","title":"I","items":[
                 {"type":"SINGLE_CHOICE","level":"NB","stem":"<b>x</b> \\\\(x<1\\\\)","points":0.25,"tags":["t"],"feedback":"f",
                  "options":[{"text":"a","correct":true},{"text":"b","correct":false,"locked":true}]},
                 {"type":"MULTIPLE_RESPONSE","level":"TH","stem":"m","options":[{"text":"a","correct":true},{"text":"b","correct":true},{"text":"c","correct":false}]},
                 {"type":"TRUE_FALSE","level":"NB","stem":"t","answer":false},
                 {"type":"TRUE_FALSE_CLUSTER","level":"VD","stem":"c","statements":[{"text":"a","correct":true},{"text":"b","correct":false},
                  {"text":"c","correct":true},{"text":"d","correct":false}]},
                 {"type":"SHORT_NUMERIC","level":"VD","stem":"n","answer":"2,5","tolerance":0.01},
                 {"type":"SHORT_TEXT","level":"TH","stem":"s","answers":["Hà Nội"],"caseSensitive":true},
                 {"type":"MATCHING","level":"TH","stem":"g","pairs":[{"left":"1","right":"a"},{"left":"2","right":"b"},{"left":"","right":"c"}]},
                 {"type":"ORDERING","level":"VDC","stem":"o","sequence":["x","y","z"]},
                 {"type":"CLOZE","level":"TH","stem":"{#1} {#2}","gaps":[{"kind":"CHOICE","options":[{"text":"p","correct":true},{"text":"q"}]},
                  {"kind":"NUMERIC","answers":["3"],"tolerance":0.5}]},
                 {"type":"ESSAY","level":"VDC","stem":"e","guidance":"g"}]}]}
                """;
        ImportResult r = new ItemImport(List.of(new KhaothiJsonReader()))
                .run(ItemFormat.KHAOTHI_JSON, bank.getBytes(StandardCharsets.UTF_8), null);
        assertTrue(r.accepted(), r.problems().toString());
        assertEquals(10, r.items().size());
        for (var item : r.items()) {
            ItemContent content = item.content().withProvenance("SGK Toán 9", "gv.toan").withIdnumber("id-1");
            String stored = ItemContentJson.write(content);
            assertEquals(content, ItemContentJson.read(stored), stored);
        }
    }

    @Test
    void numbersKeepTheirExactValue() {
        ItemContent c = ItemContent.of(ItemTypeCode.SHORT_NUMERIC, RichText.plain("x"), new NumericBody(List.of(
                new NumericAnswer(new BigDecimal("0.1"), new BigDecimal("0.0005"), BigDecimal.ONE, RichText.EMPTY))))
                .withPoints(new BigDecimal("0.25"));
        String stored = ItemContentJson.write(c);
        assertTrue(stored.contains("\"points\":0.25"), stored);
        assertTrue(stored.contains("\"tolerance\":0.0005"), stored);
        assertEquals(c, ItemContentJson.read(stored));
    }

    @Test
    void garbageIsRefusedClearly() {
        assertThrows(IllegalArgumentException.class, () -> ItemContentJson.read("{\"type\":\"NOPE\"}"));
        assertThrows(IllegalArgumentException.class, () -> ItemContentJson.read("not json"));
    }

    @Test
    void sanitisingRemovesScriptsButKeepsImagesAndMath() {
        RichText t = RichText.html("<p onclick=\"x()\">Hình <img src=\"media/a.png\" onerror=\"x()\"><script>alert(1)</script>"
                + "<a href=\"javascript:x()\">l</a> \\(a<b\\) $$x>0$$</p>");
        assertEquals("<p>Hình <img src=\"media/a.png\"><a>l</a> \\(a&lt;b\\) $$x&gt;0$$</p>", t.html());
        assertEquals(t, RichText.html(t.html()), "sanitising is idempotent");
    }
}
