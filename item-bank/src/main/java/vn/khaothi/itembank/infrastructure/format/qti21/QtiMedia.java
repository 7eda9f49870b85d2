package vn.khaothi.itembank.infrastructure.format.qti21;

import static vn.khaothi.itembank.infrastructure.format.xml.LineNumberedXml.children;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.w3c.dom.Element;
import vn.khaothi.itembank.infrastructure.format.MediaFiles;

/**
 * Pictures of a package item: every {@code <img src>} and image {@code <object data>} is resolved
 * against the item file and, when the package holds a picture there, replaced by the picture itself
 * (a data URI, so it is stored with the item). What cannot be kept is said in a warning; a
 * reference to a file that is not there stays as it is.
 */
final class QtiMedia {

    private QtiMedia() {
    }

    /** Rewrites the item's picture references in place; returns the warnings. */
    static List<String> inline(Element item, String itemFile, Function<String, byte[]> files) {
        List<String> warnings = new ArrayList<>();
        walk(item, itemFile, files, warnings);
        return warnings;
    }

    private static void walk(Element e, String itemFile, Function<String, byte[]> files, List<String> warnings) {
        for (Element c : children(e, null)) {
            String name = c.getLocalName();
            if (name.equals("img") && c.hasAttribute("src")) {
                String uri = picture(c.getAttribute("src"), itemFile, files, warnings);
                if (uri != null) {
                    c.setAttribute("src", uri);
                }
            } else if (name.equals("object") && c.getAttribute("type").startsWith("image/") && c.hasAttribute("data")) {
                String uri = picture(c.getAttribute("data"), itemFile, files, warnings);
                if (uri != null) {
                    Element img = c.getOwnerDocument().createElementNS(c.getNamespaceURI(), "img");
                    img.setAttribute("src", uri);
                    img.setAttribute("alt", c.getTextContent().strip());
                    for (String size : List.of("width", "height")) {
                        if (c.hasAttribute(size)) {
                            img.setAttribute(size, c.getAttribute(size));
                        }
                    }
                    c.getParentNode().replaceChild(img, c);
                }
            } else {
                walk(c, itemFile, files, warnings);
            }
        }
    }

    private static String picture(String src, String itemFile, Function<String, byte[]> files, List<String> warnings) {
        if (src.startsWith("data:") || src.matches("(?i)[a-z][a-z0-9+.-]*:.*") || src.startsWith("//")) {
            return null;
        }
        String path = QtiReader.resolve(itemFile, src);
        byte[] bytes = path.startsWith("../") ? null : files.apply(path);
        if (bytes == null) {
            warnings.add("the picture " + src + " is not in the upload (upload the whole package as a zip); the reference is kept");
            return null;
        }
        try {
            return MediaFiles.check(path, bytes).dataUri();
        } catch (MediaFiles.MediaRefused e) {
            warnings.add("the picture " + src + " was not kept: " + e.getMessage());
            return null;
        }
    }
}
