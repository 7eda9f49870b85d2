package vn.khaothi.engine.infrastructure.approval;

import static vn.khaothi.itembank.domain.json.Jsonp.JSON;

import java.io.StringReader;

/**
 * An item's stem as one line of plain text for a work list, read from the stored content JSON of
 * its version (docs/item-formats.md): tags dropped, white space folded, at most {@link #MAX} characters.
 */
final class StemPreview {

    static final int MAX = 100;

    private StemPreview() {
    }

    /** The preview, or "" when the content is missing or unreadable (a list row must not fail). */
    static String of(String content) {
        if (content == null) {
            return "";
        }
        try (var reader = JSON.createReader(new StringReader(content))) {
            String html = reader.readObject().getString("stem", "");
            String text = html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
            return text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text;
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}
