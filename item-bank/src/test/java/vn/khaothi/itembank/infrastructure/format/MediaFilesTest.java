package vn.khaothi.itembank.infrastructure.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.khaothi.itembank.domain.item.Choice;
import vn.khaothi.itembank.domain.item.ChoiceBody;
import vn.khaothi.itembank.domain.item.ItemContent;
import vn.khaothi.itembank.domain.item.ItemTypeCode;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.domain.itemtype.ItemTypes;

/** Pictures are judged by their bytes, limited in size, and found in every text of an item. */
class MediaFilesTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void theTypeIsTheBytesNotTheName() {
        assertEquals("image/png", MediaFiles.check("photo.jpg", PNG).mediaType());
        assertEquals("image/jpeg", MediaFiles.check("x", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).mediaType());
        assertEquals("image/gif", MediaFiles.check("x", "GIF89a....".getBytes(StandardCharsets.US_ASCII)).mediaType());
        MediaFiles.MediaRefused svg = assertThrows(MediaFiles.MediaRefused.class,
                () -> MediaFiles.check("a.png", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(svg.getMessage().contains("SVG"), svg.getMessage());
        assertThrows(MediaFiles.MediaRefused.class, () -> MediaFiles.check("a.png", "MZ executable".getBytes(StandardCharsets.US_ASCII)));
        byte[] big = new byte[MediaFiles.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertTrue(assertThrows(MediaFiles.MediaRefused.class, () -> MediaFiles.check("big.png", big)).getMessage().contains("2 MB"));
    }

    @Test
    void everyTextOfAnItemIsMappedAndAPicturesBase64DoesNotCountAsText() {
        String uri = MediaFiles.check("p", PNG).dataUri();
        byte[] padded = new byte[300_000];
        System.arraycopy(PNG, 0, padded, 0, PNG.length);
        String bigUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(padded);
        ItemContent c = new ItemContent(ItemTypeCode.SINGLE_CHOICE, "n", RichText.html("<p><img src=\"" + bigUri + "\"></p>"),
                RichText.html("<p><img src=\"" + uri + "\"></p>"), java.math.BigDecimal.ONE, List.of(), "", "", "",
                new ChoiceBody(List.of(new Choice("A", RichText.html("<img src=\"" + uri + "\">"), java.math.BigDecimal.ONE, RichText.EMPTY, false),
                        new Choice("B", RichText.plain("b"), java.math.BigDecimal.ZERO, RichText.html("<img src=\"" + uri + "\">"), false))));
        assertEquals(List.of(), ItemTypes.validate(c), "400,000 characters of base64 are one picture, not 400,000 characters of text");
        ItemContent mapped = ItemTexts.map(c, html -> html.replace(uri, "/api/v1/bank/media/x"));
        assertEquals(3, ItemTexts.all(mapped).stream().filter(h -> h.contains("/api/v1/bank/media/x")).count());
        assertEquals(2, MediaFiles.allIn(ItemTexts.all(c)).size(), "each picture once");
    }

    @Test
    void itemHtmlMayShowStoredPicturesButNoOutsideOnes() {
        String hash = "a".repeat(64);
        assertTrue(RichText.html("<p><img src=\"/api/v1/bank/media/" + hash + "\" alt=\"h\"></p>").html()
                .contains("src=\"/api/v1/bank/media/" + hash + "\""));
        for (String outside : List.of("https://tracker.example/p.png", "//tracker.example/p.png", "javascript:alert(1)",
                "data:image/svg+xml;base64,PHN2Zz4=")) {
            assertTrue(!RichText.html("<img src=\"" + outside + "\">").html().contains(outside), outside);
        }
    }
}
