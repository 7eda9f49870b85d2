package vn.khaothi.itembank.infrastructure.format.qti21;

import java.util.function.Function;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes QTI's XHTML content back out as HTML text, with a hook that replaces chosen elements
 * (interactions become a gap marker, or vanish). Namespaces are dropped; the result is sanitised
 * by {@link vn.khaothi.itembank.domain.item.RichText} like any other text.
 */
final class QtiBody {

    private QtiBody() {
    }

    /**
     * @param replace returns the text to write instead of an element, or null to write it as is
     */
    static String html(Element parent, Function<Element, String> replace) {
        StringBuilder out = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            write(n, replace, out);
        }
        return out.toString().strip();
    }

    private static void write(Node node, Function<Element, String> replace, StringBuilder out) {
        if (node instanceof Element e) {
            String replacement = replace.apply(e);
            if (replacement != null) {
                out.append(replacement);
                return;
            }
            String name = e.getLocalName();
            out.append('<').append(name);
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                String attrName = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
                out.append(' ').append(attrName).append("=\"").append(escape(a.getNodeValue()).replace("\"", "&quot;")).append('"');
            }
            if (!e.hasChildNodes()) {
                out.append(isVoid(name) ? ">" : "></" + name + ">");
                return;
            }
            out.append('>');
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                write(c, replace, out);
            }
            out.append("</").append(name).append('>');
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            out.append(escape(node.getNodeValue()));
        }
    }

    private static boolean isVoid(String name) {
        return name.equals("br") || name.equals("img") || name.equals("hr");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
