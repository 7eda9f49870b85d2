package vn.khaothi.engine.infrastructure.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The header block of a paper as Vietnamese schools print it: on the left the Sở/Phòng GD-ĐT, the school
 * and "(Đề có n trang)"; on the right the kind of test, the school year, the subject and grade and the
 * working time; below, the lines for the student's name and number beside the boxed "Mã đề".
 */
final class PaperHeader {

    private static final float SIZE = PaperPdf.SIZE;

    private final TextLayout layout;
    private final PageFlow flow;

    PaperHeader(TextLayout layout, PageFlow flow) {
        this.layout = layout;
        this.flow = flow;
    }

    void draw(PrintablePaper paper, int pageCount) throws IOException {
        float leftWidth = flow.width() * 0.42f;
        float rightWidth = flow.width() - leftWidth;
        flow.content();
        float top = flow.y();

        List<Line> left = new ArrayList<>();
        left.addAll(centered(PaperPdf.upper(paper.authorityName()), Atom.Style.PLAIN, leftWidth));
        List<Line> school = centered(PaperPdf.upper(paper.schoolName()), Atom.Style.BOLD, leftWidth);
        left.addAll(school);
        flow.draw(left, flow.left(), leftWidth);
        float underSchool = flow.y() - 1;
        PaperPdf.rule(flow.content(), flow.left() + leftWidth * 0.3f, flow.left() + leftWidth * 0.7f, underSchool);
        flow.skip(5);
        if (pageCount > 0) {
            flow.draw(centered("(Đề có " + (pageCount < 10 ? "0" : "") + pageCount + " trang)", Atom.Style.ITALIC,
                    leftWidth), flow.left(), leftWidth);
        }
        float leftBottom = flow.y();

        flow.moveTo(top);
        List<Line> right = new ArrayList<>();
        right.addAll(centered("ĐỀ " + PaperPdf.upper(paper.kindLabel()), Atom.Style.BOLD, rightWidth));
        if (!paper.schoolYear().isBlank()) {
            right.addAll(centered("NĂM HỌC " + paper.schoolYear(), Atom.Style.BOLD, rightWidth));
        }
        String subject = "Môn: " + PaperPdf.upper(paper.subjectName())
                + (paper.gradeLabel().isBlank() ? "" : " – Lớp " + paper.gradeLabel());
        right.addAll(centered(subject, Atom.Style.BOLD, rightWidth));
        right.addAll(centered("Thời gian làm bài: " + paper.durationMinutes()
                + " phút (không kể thời gian phát đề)", Atom.Style.ITALIC, rightWidth));
        flow.draw(right, flow.left() + leftWidth, rightWidth);
        flow.moveTo(Math.min(leftBottom, flow.y()) - 6);

        candidateLines(paper);
    }

    /** Name, number and class on dotted lines, the mã đề boxed on the right. */
    private void candidateLines(PrintablePaper paper) throws IOException {
        PDPageContentStream cs = flow.content();
        PDFont bold = layout.fonts().bold;
        String code = PrintFonts.printable(bold, "Mã đề " + paper.versionCode());
        float codeWidth = PrintFonts.width(bold, code, SIZE + 1);
        float boxWidth = codeWidth + 16;
        float lineWidth = flow.width() - boxWidth - 16;
        List<Line> lines = new ArrayList<>();
        lines.addAll(dotted(List.of("Họ và tên thí sinh:"), List.of(1f), lineWidth));
        lines.addAll(dotted(List.of("Số báo danh:", "Lớp:"), List.of(0.55f, 0.45f), lineWidth));
        float top = flow.y();
        flow.draw(lines, flow.left(), lineWidth);
        float bottom = flow.y();

        float boxHeight = SIZE * 2;
        float boxX = flow.left() + flow.width() - boxWidth;
        float boxY = (top + bottom) / 2 - boxHeight / 2;
        cs.setLineWidth(0.8f);
        cs.addRect(boxX, boxY, boxWidth, boxHeight);
        cs.stroke();
        cs.beginText();
        cs.setFont(bold, SIZE + 1);
        cs.newLineAtOffset(boxX + (boxWidth - codeWidth) / 2, boxY + boxHeight / 2 - SIZE * 0.35f);
        cs.showText(code);
        cs.endText();
        flow.skip(4);
        PaperPdf.rule(cs, flow.left(), flow.left() + flow.width(), flow.y());
        flow.skip(8);
    }

    private List<Line> centered(String text, Atom.Style style, float width) {
        if (text.isBlank()) {
            return List.of();
        }
        return layout.lines(HtmlInline.text(text, style), SIZE, width, 0, 0, true);
    }

    /** One line of labels each followed by dots that fill its share of the width. */
    private List<Line> dotted(List<String> labels, List<Float> shares, float width) {
        PDFont font = layout.fonts().regular;
        float dot = PrintFonts.width(font, ".", SIZE);
        List<Atom> atoms = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            float labelWidth = PrintFonts.width(font, labels.get(i) + " ", SIZE);
            int dots = Math.max(3, (int) ((width * shares.get(i) - labelWidth) / dot) - 3);
            atoms.addAll(HtmlInline.text((i > 0 ? " " : "") + labels.get(i) + " " + ".".repeat(dots), Atom.Style.PLAIN));
        }
        return layout.lines(atoms, SIZE, width, 0, 0, false);
    }
}
