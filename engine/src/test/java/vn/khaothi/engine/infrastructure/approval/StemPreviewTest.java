package vn.khaothi.engine.infrastructure.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The approval queue's title of an item: its stem as one line of text, short, never a failure. */
class StemPreviewTest {

    @Test
    void tagsAreDroppedAndWhiteSpaceFolded() {
        assertEquals("Tính x + 1 khi x = 2",
                StemPreview.of("{\"type\":\"MCQ\",\"stem\":\"<p>Tính <b>x + 1</b>\\n  khi</p><p>x = 2</p>\"}"));
    }

    @Test
    void aLongStemIsCutToOneHundredCharactersWithAnEllipsis() {
        String stem = "a".repeat(150);
        String preview = StemPreview.of("{\"stem\":\"" + stem + "\"}");
        assertEquals(StemPreview.MAX, preview.length());
        assertEquals("a".repeat(99) + "…", preview);
        assertEquals("a".repeat(100), StemPreview.of("{\"stem\":\"" + "a".repeat(100) + "\"}"), "100 is kept whole");
    }

    @Test
    void missingOrUnreadableContentIsEmpty() {
        assertEquals("", StemPreview.of(null));
        assertEquals("", StemPreview.of("not json"));
        assertEquals("", StemPreview.of("[1, 2]"));
        assertEquals("", StemPreview.of("{\"type\":\"MCQ\"}"));
    }
}
