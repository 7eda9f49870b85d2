package vn.khaothi.itembank.infrastructure.format.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ImportedItem;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;
import vn.khaothi.itembank.infrastructure.format.Formats;

/** The probe's files (issue 11, findings 2 and 4): what an import accepts can be shown safely and read back. */
class HostileImportTest {

    private static ImportResult run(ItemFormat format, String text) {
        return Formats.importer().run(format, text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void hugeOrTinyNumbersAreAnImportProblem() {
        ImportResult r = run(ItemFormat.GIFT, "Q {#1e99999:1e-99999}");
        assertFalse(r.accepted());
        assertTrue(r.problems().get(0).message().contains("too large"), r.problems().toString());
        assertFalse(run(ItemFormat.GIFT, "Q {#1:1e-99999}").accepted());
        assertFalse(run(ItemFormat.GIFT, "::n::Q {#12345678901234567890}").accepted());
        ImportResult fine = run(ItemFormat.GIFT, "Q {#2.5:0.01}");
        assertTrue(fine.accepted(), fine.problems().toString());
        readsBack(fine);
    }

    @Test
    void pointsOutOfRangeInKhaothiJson() {
        String bank = """
                {"subject":"MATH","grade":9,"chapters":[{"code":"C1","title":"I","items":[
                 {"type":"TRUE_FALSE","level":"NB","stem":"t","answer":false,"points":%s}]}]}""";
        assertFalse(run(ItemFormat.KHAOTHI_JSON, bank.formatted("1e2000")).accepted());
        assertFalse(run(ItemFormat.KHAOTHI_JSON, bank.formatted("100000")).accepted());
        assertFalse(run(ItemFormat.KHAOTHI_JSON, bank.formatted("0.00001")).accepted());
        ImportResult fine = run(ItemFormat.KHAOTHI_JSON, bank.formatted("0.25"));
        assertTrue(fine.accepted(), fine.problems().toString());
        readsBack(fine);
    }

    @Test
    void giftHtmlCannotSmuggleAScript() {
        ImportResult r = run(ItemFormat.GIFT, "[html]<a href=\"jav&#x09;ascript:alert(1)\">x</a> <img src=\"http://t.example/p.gif\">"
                + " {=<a href\\=\"jav&\\#x0A;ascript\\:alert(1)\">y</a>#<a href\\=\"vbscript\\:x\">f</a> ~z}");
        assertTrue(r.accepted(), r.problems().toString());
        String stored = ItemContentJson.write(r.items().get(0).content());
        assertFalse(stored.toLowerCase().contains("script:"), stored);
        assertFalse(stored.contains("http://t.example"), stored);
    }

    @Test
    void moodleXmlCannotSmuggleAScript() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz><question type="truefalse"><name><text>t</text></name>
                <questiontext format="html"><text><![CDATA[<a href="jav&#x0D;ascript:alert(1)">x</a><img src="https://t.example/p.gif">]]></text></questiontext>
                <generalfeedback format="html"><text><![CDATA[<a href="data:text/html,<script>alert(1)</script>">f</a>]]></text></generalfeedback>
                <answer fraction="100"><text>true</text><feedback><text><![CDATA[<a href="JaVaScRiPt:1">a</a>]]></text></feedback></answer>
                <answer fraction="0"><text>false</text></answer></question></quiz>""";
        ImportResult r = run(ItemFormat.MOODLE_XML, xml);
        assertTrue(r.accepted(), r.problems().toString());
        String stored = ItemContentJson.write(r.items().get(0).content()).toLowerCase();
        assertFalse(stored.contains("script:") || stored.contains("data:text") || stored.contains("t.example"), stored);
    }

    @Test
    void khaothiJsonOfTheWrongShapeIsToldInWords() {
        String[] files = {
                "{\"subject\":\"MATH\",\"grade\":9,\"chapters\":[{\"code\":\"C1\",\"title\":\"I\",\"items\":[{\"level\":\"NB\"}]}]}",
                "{\"subject\":\"MATH\",\"grade\":9,\"chapters\":[{\"code\":\"C1\",\"title\":\"I\",\"items\":[{\"type\":\"TRUE_FALSE\",\"level\":\"NB\",\"stem\":7,\"answer\":\"x\"}]}]}",
                "{\"subject\":\"MATH\",",
                "[1,2]"};
        for (String file : files) {
            ImportResult r = run(ItemFormat.KHAOTHI_JSON, file);
            assertFalse(r.accepted(), file);
            String problems = r.problems().toString();
            assertFalse(problems.matches("(?s).*\\b(java|jakarta|org)\\.[a-z]+.*") || problems.contains("Cannot invoke")
                    || problems.contains("Exception") || problems.contains("#"), problems);
        }
    }

    static void readsBack(ImportResult r) {
        for (ImportedItem item : r.items()) {
            ItemContent content = item.content();
            assertEquals(content, ItemContentJson.read(ItemContentJson.write(content)));
        }
    }
}
