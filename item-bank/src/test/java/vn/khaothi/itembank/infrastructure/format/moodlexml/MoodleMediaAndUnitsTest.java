package vn.khaothi.itembank.infrastructure.format.moodlexml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.application.exporting.ExportItem;
import vn.khaothi.itembank.application.exporting.ExportResult;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.application.importing.ItemImport;
import vn.khaothi.itembank.domain.item.EssayBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.item.json.ItemContentJson;
import vn.khaothi.itembank.infrastructure.format.gift.GiftWriter;

/** Moodle files, units and text formats, written here (no peer fixtures needed). */
class MoodleMediaAndUnitsTest {

    private static final ItemImport IMPORT = new ItemImport(List.of(new MoodleXmlReader()));
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private static ImportResult read(String questions) {
        return IMPORT.run(ItemFormat.MOODLE_XML, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n" + questions + "</quiz>\n")
                .getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void pluginfileImagesAreJudgedByTheirBytesNotTheirName() {
        String svg = Base64.getEncoder().encodeToString("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8));
        ImportResult r = read("""
                <question type="essay"><name><text>Hình</text></name>
                  <questiontext format="html"><text><![CDATA[<p>Xem <img src="@@PLUGINFILE@@/a.jpg"> và <img src="@@PLUGINFILE@@/b.png"></p>]]></text>
                    <file name="a.jpg" path="/" encoding="base64">%s</file>
                    <file name="b.png" path="/" encoding="base64">%s</file>
                  </questiontext>
                </question>
                """.formatted(PNG, svg));
        assertTrue(r.accepted(), r.problems().toString());
        String stem = r.items().get(0).content().stem().html();
        assertTrue(stem.contains("data:image/png;base64,"), "a PNG named .jpg is a PNG: " + stem);
        assertFalse(stem.contains("image/svg"), stem);
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("b.png") && w.message().contains("SVG")), r.warnings().toString());
    }

    @Test
    void picturesGoOutAsPluginfilesAndComeBack() {
        ItemContent c = ItemContent.of(ItemTypeCode.ESSAY, RichText.html("<p>Hình: <img src=\"data:image/png;base64," + PNG + "\" alt=\"h\"></p>"),
                new EssayBody(RichText.EMPTY, RichText.EMPTY));
        ExportResult out = new MoodleXmlWriter().write(List.of(new ExportItem("C1", c, "L2", 9L)));
        String xml = new String(out.file(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("@@PLUGINFILE@@/") && xml.contains("<file name=\"") && xml.contains("encoding=\"base64\">" + PNG), xml);
        assertTrue(xml.contains("$course$/top/C1/L2"), "the lesson is in the category path");
        ImportResult back = IMPORT.run(ItemFormat.MOODLE_XML, out.file(), null);
        assertEquals(c.stem(), back.items().get(0).content().stem());
        assertEquals("C1/L2", back.items().get(0).chapterKey());

        ExportResult gift = new GiftWriter().write(List.of(new ExportItem("C1", c, "", 9L)));
        assertTrue(gift.warnings().stream().anyMatch(w -> w.startsWith("item 9") && w.contains("GIFT cannot carry files")), gift.warnings().toString());
    }

    @Test
    void numericalUnitsAreNamedInAWarning() {
        ImportResult r = read("""
                <question type="numerical"><name><text>Dài</text></name>
                  <questiontext format="html"><text>Chiều dài?</text></questiontext>
                  <answer fraction="100"><text>2.5</text><tolerance>0</tolerance></answer>
                  <units><unit><multiplier>1</multiplier><unit_name>m</unit_name></unit>
                         <unit><multiplier>100</multiplier><unit_name>cm</unit_name></unit></units>
                </question>
                """);
        assertTrue(r.accepted(), r.problems().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("units") && w.message().contains("m (×1)")
                && w.message().contains("cm (×100)")), r.warnings().toString());
    }

    @Test
    void plainAndMarkdownTextsKeepTheirLineBreaks() {
        ImportResult r = read("""
                <question type="essay"><name><text>Dòng</text></name>
                  <questiontext format="plain_text"><text>Dòng 1
                Dòng 2 &lt;b&gt;</text></questiontext>
                  <generalfeedback format="markdown"><text>a
                b</text></generalfeedback>
                </question>
                """);
        ItemContent c = r.items().get(0).content();
        assertEquals("Dòng 1<br>Dòng 2 &lt;b&gt;", c.stem().html());
        assertEquals("a<br>b", c.generalFeedback().html());
    }

    @Test
    void tenPointsAreWrittenAsTenNeverOneEPlusOne() {
        ItemContent c = ItemContent.of(ItemTypeCode.ESSAY, RichText.plain("Viết"), new EssayBody(RichText.EMPTY, RichText.EMPTY))
                .withPoints(new BigDecimal("10.00"));
        String json = ItemContentJson.write(c);
        assertTrue(json.contains("\"points\":10") && !json.contains("E+"), json);
        assertEquals(c, ItemContentJson.read(json));
    }
}
