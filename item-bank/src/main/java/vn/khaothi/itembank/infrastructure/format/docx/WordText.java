package vn.khaothi.itembank.infrastructure.format.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns Word's body into {@link DocxBlock}s: the text of each paragraph in document order with
 * the style of each character (bold, underlined, red — the ways teachers mark a key), Word
 * equations as {@code \( LaTeX \)}, pictures as a placeholder "[hình: name]" with their bytes kept,
 * MathType objects counted (their preview picture kept like a picture). Deleted revisions and field
 * codes are skipped; a soft line break is a new line.
 */
final class WordText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private WordText() {
    }

    static List<DocxBlock> blocks(List<IBodyElement> body) {
        List<DocxBlock> out = new ArrayList<>();
        int line = 0;
        for (IBodyElement element : body) {
            line++;
            if (element instanceof XWPFParagraph p) {
                out.add(paragraph(p, line));
            } else if (element instanceof XWPFTable t) {
                out.add(table(t, line));
            }
        }
        return out;
    }

    private static DocxBlock.Table table(XWPFTable t, int line) {
        List<List<List<DocxBlock.Para>>> rows = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            List<List<DocxBlock.Para>> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<DocxBlock.Para> paras = new ArrayList<>();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    paras.add(paragraph(p, line));
                }
                cells.add(paras);
            }
            rows.add(cells);
        }
        return new DocxBlock.Table(line, rows);
    }

    static DocxBlock.Para paragraph(XWPFParagraph p, int line) {
        Walk walk = new Walk(p.getPart());
        walk.node(p.getCTP().getDomNode(), 0);
        byte[] styles = new byte[walk.styles.size()];
        for (int i = 0; i < styles.length; i++) {
            styles[i] = walk.styles.get(i);
        }
        BigInteger numId = null;
        int level = 0;
        String fmt = null;
        try {
            numId = p.getNumID();
            if (numId != null) {
                fmt = p.getNumFmt();
                level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            }
        } catch (RuntimeException e) {
            numId = null; // a numbering part that does not resolve: read the text as it is
        }
        return new DocxBlock.Para(line, walk.text.toString(), styles, numId, level, fmt, walk.images, walk.mathType);
    }

    private static final class Walk {
        final POIXMLDocumentPart part;
        final StringBuilder text = new StringBuilder();
        final List<Byte> styles = new ArrayList<>();
        final List<DocxBlock.DocxImage> images = new ArrayList<>();
        int mathType;

        Walk(Object part) {
            this.part = part instanceof POIXMLDocumentPart d ? d : null;
        }

        void append(String s, int style) {
            text.append(s);
            for (int i = 0; i < s.length(); i++) {
                styles.add((byte) style);
            }
        }

        void node(Node n, int style) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!(c instanceof Element e)) {
                    continue;
                }
                String ns = e.getNamespaceURI();
                String name = e.getLocalName();
                if (OmmlToLatex.M.equals(ns) && (name.equals("oMath") || name.equals("oMathPara"))) {
                    append("\\(" + OmmlToLatex.convert(e) + "\\)", style);
                } else if (W.equals(ns) && name.equals("r")) {
                    node(e, runStyle(e));
                } else if (W.equals(ns) && (name.equals("t"))) {
                    append(OmmlToLatex.text(e), style);
                } else if (W.equals(ns) && (name.equals("tab") || name.equals("ptab"))) {
                    append("\t", style);
                } else if (W.equals(ns) && (name.equals("br") || name.equals("cr"))) {
                    append("\n", style);
                } else if (W.equals(ns) && (name.equals("del") || name.equals("delText") || name.equals("instrText")
                        || name.equals("rPr") || name.equals("pPr") || name.equals("moveFrom"))) {
                    continue;
                } else if (W.equals(ns) && name.equals("object")) {
                    object(e, style);
                } else if (W.equals(ns) && (name.equals("drawing") || name.equals("pict"))) {
                    picture(e, style);
                } else {
                    node(e, style); // hyperlink, ins, smartTag, sdt, fldSimple…
                }
            }
        }

        private void object(Element object, int style) {
            boolean equation = false;
            for (Element ole : descendants(object, "OLEObject")) {
                String progId = ole.getAttribute("ProgID");
                equation |= progId.startsWith("Equation.") || progId.startsWith("MathType");
            }
            if (equation) {
                mathType++;
                append("[MathType]", style);
                List<DocxBlock.DocxImage> preview = pictures(object);
                images.addAll(preview);
            } else {
                picture(object, style);
            }
        }

        private void picture(Element e, int style) {
            for (DocxBlock.DocxImage image : pictures(e)) {
                images.add(image);
                append("[hình: " + image.name() + "]", style);
            }
        }

        /** The pictures a drawing (a:blip r:embed) or a VML shape (v:imagedata r:id) refers to. */
        private List<DocxBlock.DocxImage> pictures(Element e) {
            List<DocxBlock.DocxImage> out = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Element blip : descendants(e, "blip")) {
                ids.add(blip.getAttributeNS(R, "embed"));
            }
            for (Element data : descendants(e, "imagedata")) {
                ids.add(data.getAttributeNS(R, "id"));
            }
            for (String id : ids) {
                if (id.isEmpty() || part == null) {
                    continue;
                }
                try {
                    if (part.getRelationById(id) instanceof XWPFPictureData pic) {
                        String name = pic.getFileName();
                        out.add(new DocxBlock.DocxImage(name.substring(name.lastIndexOf('/') + 1),
                                pic.getPackagePart().getContentType(), pic.getData()));
                    }
                } catch (RuntimeException ex) {
                    // a broken relationship: the placeholder is still counted below by the caller's warning
                }
            }
            return out;
        }

        private static List<Element> descendants(Element e, String localName) {
            List<Element> out = new ArrayList<>();
            collect(e, localName, out);
            return out;
        }

        private static void collect(Node n, String localName, List<Element> out) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e) {
                    if (localName.equals(e.getLocalName())) {
                        out.add(e);
                    }
                    collect(e, localName, out);
                }
            }
        }

        private static int runStyle(Element run) {
            Element rPr = null;
            for (Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals("rPr")) {
                    rPr = e;
                }
            }
            if (rPr == null) {
                return 0;
            }
            int style = 0;
            for (Node c = rPr.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!(c instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                    continue;
                }
                String val = e.getAttributeNS(W, "val");
                switch (e.getLocalName()) {
                    case "b" -> style |= on(val) ? DocxBlock.BOLD : 0;
                    case "u" -> style |= !val.isEmpty() && !val.equals("none") ? DocxBlock.UNDERLINE : 0;
                    case "color" -> style |= red(val) ? DocxBlock.RED : 0;
                    case "highlight" -> style |= val.equals("red") ? DocxBlock.RED : 0;
                    default -> { }
                }
            }
            return style;
        }

        private static boolean on(String val) {
            return val.isEmpty() || val.equals("1") || val.equals("true") || val.equals("on");
        }

        static boolean red(String hex) {
            if (!hex.matches("[0-9A-Fa-f]{6}")) {
                return false;
            }
            int r = Integer.parseInt(hex.substring(0, 2), 16);
            int g = Integer.parseInt(hex.substring(2, 4), 16);
            int b = Integer.parseInt(hex.substring(4, 6), 16);
            return r >= 0xB0 && g <= 0x60 && b <= 0x60;
        }
    }
}
