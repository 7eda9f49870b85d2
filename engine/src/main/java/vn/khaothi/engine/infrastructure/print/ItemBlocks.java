package vn.khaothi.engine.infrastructure.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.khaothi.itembank.domain.item.ItemTypeCode;

/**
 * The lines of one item: "Câu n." and the stem, then the options in four, two or one column (the widest
 * option decides, as teachers do by hand), or the statements a)–d) one per line.
 */
final class ItemBlocks {

    private static final float SIZE = PaperPdf.SIZE;
    private static final float OPTION_INDENT = 14;
    private static final float COLUMN_GAP = 8;

    private final TextLayout layout;
    private final float width;

    ItemBlocks(TextLayout layout, float width) {
        this.layout = layout;
        this.width = width;
    }

    List<Line> lines(PrintableItem item) {
        List<Atom> stem = new ArrayList<>(HtmlInline.text("Câu " + item.position() + ".", Atom.Style.BOLD));
        if (item.type() == ItemTypeCode.ESSAY && item.points().signum() > 0) {
            stem.addAll(spaced(HtmlInline.text("(" + points(item.points()) + " điểm)", Atom.Style.ITALIC)));
        }
        stem.addAll(spaced(HtmlInline.parse(item.stemHtml())));
        List<Line> lines = new ArrayList<>(layout.lines(stem, SIZE, width, 0, 0, false));
        if (item.choices().isEmpty()) {
            return lines;
        }
        boolean statements = item.type() == ItemTypeCode.TRUE_FALSE_CLUSTER;
        List<List<Atom>> labelled = new ArrayList<>();
        for (int i = 0; i < item.choices().size(); i++) {
            String label = statements ? (char) ('a' + i) + ")" : (char) ('A' + i) + ".";
            List<Atom> atoms = new ArrayList<>(HtmlInline.text(label, statements ? Atom.Style.PLAIN : Atom.Style.BOLD));
            atoms.addAll(spaced(HtmlInline.parse(item.choices().get(i))));
            labelled.add(atoms);
        }
        lines.addAll(statements ? oneColumn(labelled, statements) : options(labelled));
        return lines;
    }

    private List<Line> options(List<List<Atom>> options) {
        float avail = width - OPTION_INDENT;
        float widest = 0;
        boolean breaks = false;
        for (List<Atom> o : options) {
            widest = Math.max(widest, layout.naturalWidth(o, SIZE));
            breaks |= layout.hasBreaks(o);
        }
        int columns = breaks ? 1 : widest + COLUMN_GAP <= avail / 4 ? 4 : widest + COLUMN_GAP <= avail / 2 ? 2 : 1;
        if (columns == 1) {
            return oneColumn(options, false);
        }
        float column = avail / columns;
        List<Line> rows = new ArrayList<>();
        for (int start = 0; start < options.size(); start += columns) {
            List<Line> cells = new ArrayList<>();
            for (int c = 0; c < columns && start + c < options.size(); c++) {
                Line cell = layout.lines(options.get(start + c), SIZE, column, 0, 0, false).get(0);
                cells.add(cell.shifted(OPTION_INDENT + c * column));
            }
            rows.add(Line.merge(cells));
        }
        return rows;
    }

    private List<Line> oneColumn(List<List<Atom>> options, boolean statements) {
        List<Line> lines = new ArrayList<>();
        for (List<Atom> o : options) {
            float hang = OPTION_INDENT + layout.naturalWidth(o.subList(0, 1), SIZE)
                    + PrintFonts.width(layout.fonts().regular, " ", SIZE);
            lines.addAll(layout.lines(o, SIZE, width, OPTION_INDENT, hang, false));
        }
        return lines;
    }

    /** The atoms with white space before the first, to follow a label. */
    private static List<Atom> spaced(List<Atom> atoms) {
        if (atoms.isEmpty()) {
            return atoms;
        }
        List<Atom> out = new ArrayList<>(atoms);
        Atom first = out.get(0);
        if (first instanceof Atom.Word w) {
            out.set(0, new Atom.Word(w.text(), w.style(), true));
        } else if (first instanceof Atom.Math m) {
            out.set(0, new Atom.Math(m.latex(), m.display(), true));
        } else if (first instanceof Atom.Picture p) {
            out.set(0, new Atom.Picture(p.bytes(), p.alt(), true));
        }
        return out;
    }

    /** Points as Vietnamese papers write them: "1,0", "0,5", "0,25". */
    static String points(BigDecimal points) {
        BigDecimal p = points.stripTrailingZeros();
        if (p.scale() < 1) {
            p = p.setScale(1);
        }
        return p.toPlainString().replace('.', ',');
    }
}
