package vn.khaothi.itembank.infrastructure.format.moodlexml;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;
import vn.khaothi.itembank.domain.item.RichText;
import vn.khaothi.itembank.infrastructure.format.MediaFiles;
import vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml;

/**
 * A Moodle text element ({@code <questiontext format="html"><text>…</text><file …/></questiontext>})
 * as our {@link RichText}. html and moodle_auto_format text is HTML; plain_text and markdown are
 * escaped. Embedded images ({@code @@PLUGINFILE@@/name} with a base64 {@code <file>}) become
 * {@code data:} URIs so the item carries its pictures; other embedded files cannot be kept and are
 * reported through {@code lostFiles}.
 */
final class MoodleText {

    private static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp");

    private MoodleText() {
    }

    /** The raw text (before sanitising) of a Moodle text element, with images inlined. */
    static String raw(Element textElement, String inheritedFormat, List<String> lostFiles) {
        if (textElement == null) {
            return "";
        }
        String text = LineNumberedXml.childText(textElement, "text");
        for (Element file : LineNumberedXml.children(textElement, "file")) {
            String name = file.getAttribute("name");
            String reference = "@@PLUGINFILE@@" + file.getAttribute("path").replaceAll("^$", "/") + name;
            try {
                byte[] bytes = java.util.Base64.getMimeDecoder().decode(file.getTextContent().strip());
                String uri = MediaFiles.check(name, bytes).dataUri();
                text = text.replace(reference, uri).replace(reference.replace(" ", "%20"), uri);
            } catch (IllegalArgumentException e) {
                lostFiles.add(name + " (its base64 content is damaged)");
            } catch (MediaFiles.MediaRefused e) {
                lostFiles.add(name + " (" + e.getMessage() + ")");
            }
        }
        return text;
    }

    static String format(Element textElement, String inheritedFormat) {
        if (textElement == null || !textElement.hasAttribute("format")) {
            return inheritedFormat;
        }
        return textElement.getAttribute("format");
    }

    static RichText rich(Element textElement, String inheritedFormat, List<String> lostFiles) {
        String raw = raw(textElement, inheritedFormat, lostFiles).strip();
        return convert(raw, format(textElement, inheritedFormat));
    }

    static RichText convert(String raw, String format) {
        return switch (format) {
            // Line breaks are part of a plain or markdown text: they stay line breaks.
            case "plain_text", "markdown" -> raw.isEmpty() ? RichText.EMPTY : RichText.html(raw.replace("&", "&amp;")
                    .replace("<", "&lt;").replace(">", "&gt;").replace("\r\n", "\n").replace("\n", "<br>"));
            default -> RichText.html(raw);
        };
    }

    static String imageType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : IMAGE_TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
