package vn.khaothi.itembank.infrastructure.format.docx;

import java.math.BigInteger;
import java.util.List;

/**
 * One element of a Word body as the layouts see it: a paragraph ({@link Para}) or a table
 * ({@link Table}). {@code line} is the element's 1-based position in the body (a table counts as
 * one), the "line" every message names.
 */
sealed interface DocxBlock permits DocxBlock.Para, DocxBlock.Table {

    int line();

    /** Per character: bit 1 bold, 2 underlined, 4 red. */
    int BOLD = 1;
    int UNDERLINE = 2;
    int RED = 4;

    /**
     * A paragraph's text (Word equations already as {@code \( … \)}) with the style of each
     * character, its automatic numbering (null when none) and what could not be kept as text.
     *
     * @param numFmt  Word's number format of the automatic numbering ("decimal", "upperLetter", …)
     * @param images  pictures in the paragraph (placeholders in the text name them)
     * @param mathType MathType / Equation Editor objects (OLE) in the paragraph
     */
    record Para(int line, String text, byte[] styles, BigInteger numId, int numLevel, String numFmt,
                List<DocxImage> images, int mathType) implements DocxBlock {

        String trimmed() {
            return text.strip();
        }

        boolean numbered() {
            return numId != null && numFmt != null && !"none".equals(numFmt) && !"bullet".equals(numFmt);
        }

        boolean letterNumbered() {
            return numbered() && (numFmt.equals("upperLetter") || numFmt.equals("lowerLetter"));
        }

        /** The style bits of characters {@code from} to {@code to} that are not blank, OR-ed. */
        int styleOf(int from, int to) {
            int s = 0;
            for (int i = Math.max(0, from); i < Math.min(to, styles.length); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    s |= styles[i];
                }
            }
            return s;
        }

        Para withText(String newText, byte[] newStyles) {
            return new Para(line, newText, newStyles, numId, numLevel, numFmt, images, mathType);
        }
    }

    /** A table: its rows of cells, each cell its paragraphs. */
    record Table(int line, List<List<List<Para>>> rows) implements DocxBlock {

        static String cellText(List<Para> cell) {
            return String.join("\n", cell.stream().map(Para::trimmed).filter(s -> !s.isEmpty()).toList());
        }

        String text(int row, int col) {
            List<List<Para>> r = rows.get(row);
            return col < r.size() ? cellText(r.get(col)) : "";
        }
    }

    /** A picture from the file: its name in the package, content type and bytes. */
    record DocxImage(String name, String contentType, byte[] bytes) {
    }
}
