package vn.khaothi.itembank.infrastructure.format.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;
import vn.khaothi.itembank.application.importing.ImportMessage;

/**
 * Parses XML into a DOM whose elements remember the line they start on, so a problem can name
 * its line as well as its element path. The JDK's DOM builder keeps no positions, hence the SAX
 * pass. DTDs and external entities are refused (XXE).
 */
public final class LineNumberedXml {

    private static final String LINE = "khaothi.line";

    private LineNumberedXml() {
    }

    /** A parsed document, or the parse error with its line. */
    public record Parsed(Document document, ImportMessage problem) {
    }

    public static Parsed parse(byte[] bytes) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = factory.newSAXParser();
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Builder builder = new Builder(doc);
            parser.getXMLReader().setProperty("http://xml.org/sax/properties/lexical-handler", builder);
            parser.parse(new InputSource(new ByteArrayInputStream(bytes)), builder);
            return new Parsed(doc, null);
        } catch (SAXParseException e) {
            return new Parsed(null, ImportMessage.atLine(Math.max(e.getLineNumber(), 0), "not well-formed XML: " + e.getMessage()));
        } catch (SAXException | IOException e) {
            return new Parsed(null, ImportMessage.atLine(0, "not readable as XML: " + e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int line(Node node) {
        Object line = node.getUserData(LINE);
        return line instanceof Integer i ? i : 0;
    }

    /** A readable path such as {@code /quiz/question[3]/answer[2]}. */
    public static String path(Element element) {
        Deque<String> parts = new ArrayDeque<>();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            int index = 1;
            int same = 0;
            for (Node s = e.getParentNode() == null ? null : e.getParentNode().getFirstChild(); s != null; s = s.getNextSibling()) {
                if (s instanceof Element se && se.getLocalName().equals(e.getLocalName())) {
                    same++;
                    if (s == e) {
                        index = same;
                    }
                }
            }
            parts.push(same > 1 ? e.getLocalName() + "[" + index + "]" : e.getLocalName());
        }
        return "/" + String.join("/", parts);
    }

    /** Child elements with the given local name (any namespace). */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || localName.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    public static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The text of a child element, or "" when absent. */
    public static String childText(Element parent, String localName) {
        Element c = child(parent, localName);
        return c == null ? "" : c.getTextContent();
    }

    private static final class Builder extends DefaultHandler2 {
        private final Document doc;
        private final Deque<Node> stack = new ArrayDeque<>();
        private Locator locator;
        private boolean inCdata;

        Builder(Document doc) {
            this.doc = doc;
            stack.push(doc);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Element e = doc.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < atts.getLength(); i++) {
                String attUri = atts.getURI(i);
                if (atts.getQName(i).startsWith("xmlns")) {
                    continue;
                }
                e.setAttributeNS(attUri.isEmpty() ? null : attUri, atts.getQName(i), atts.getValue(i));
            }
            e.setUserData(LINE, locator == null ? 0 : locator.getLineNumber(), null);
            stack.peek().appendChild(e);
            stack.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            stack.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            String text = new String(ch, start, length);
            Node parent = stack.peek();
            if (parent == doc) {
                return;
            }
            parent.appendChild(inCdata ? doc.createCDATASection(text) : doc.createTextNode(text));
        }

        @Override
        public void startCDATA() {
            inCdata = true;
        }

        @Override
        public void endCDATA() {
            inCdata = false;
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
            return new InputSource(new ByteArrayInputStream(new byte[0]));
        }
    }
}
