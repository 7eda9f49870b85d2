package vn.khaothi.itembank.infrastructure.format.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import vn.khaothi.itembank.application.importing.ImportMessage;

/**
 * Questions laid out as a table, one per row, under a header row matched loosely, with or without
 * diacritics: "STT" / "Câu" (the number), "Nội dung" / "Câu hỏi" / "Đề bài" (the stem),
 * "Phương án" / "Lựa chọn" (the options, "A. … B. …" or one per paragraph) or one column per option
 * ("A", "B", "Phương án A", …), and "Đáp án" (the key; optional when the options are marked).
 */
final class DocxTableQuestions {

    /** Column indexes of a question table; -1 when absent. */
    record Columns(int number, int stem, int options, List<Integer> optionColumns, int key) {
    }

    private DocxTableQuestions() {
    }

    /** The columns when the table's first row is a question header, else null. */
    static Columns columns(DocxBlock.Table table) {
        if (table.rows().size() < 2) {
            return null;
        }
        int number = -1;
        int stem = -1;
        int options = -1;
        int key = -1;
        List<Integer> optionColumns = new ArrayList<>();
        for (int c = 0; c < table.rows().get(0).size(); c++) {
            String h = AnswerKey.plain(table.text(0, c)).replaceAll("[^a-z0-9 ]", "").strip();
            if (h.equals("stt") || h.equals("cau") || h.equals("so thu tu") || h.equals("tt") || h.equals("no")) {
                number = number < 0 ? c : number;
            } else if (h.startsWith("dap an") || h.startsWith("answer") || h.equals("key") || h.startsWith("dap so")) {
                key = key < 0 ? c : key;
            } else if (h.matches("(phuong an |lua chon |option )?[a-h]")) {
                optionColumns.add(c);
            } else if (h.startsWith("phuong an") || h.startsWith("lua chon") || h.startsWith("options")
                    || h.startsWith("cac phuong an")) {
                options = options < 0 ? c : options;
            } else if (h.startsWith("noi dung") || h.startsWith("cau hoi") || h.startsWith("de bai") || h.startsWith("question")
                    || h.startsWith("noi dung cau hoi") || h.equals("de")) {
                stem = stem < 0 ? c : stem;
            }
        }
        return stem < 0 || (options < 0 && optionColumns.isEmpty() && key < 0) ? null
                : new Columns(number, stem, options, optionColumns, key);
    }

    static List<DocxQuestion> read(DocxBlock.Table table, Columns cols, int part, String chapter,
                                   List<ImportMessage> problems) {
        List<DocxQuestion> out = new ArrayList<>();
        for (int r = 1; r < table.rows().size(); r++) {
            List<List<DocxBlock.Para>> row = table.rows().get(r);
            String stem = cell(row, cols.stem()).stream().map(DocxBlock.Para::trimmed).filter(s -> !s.isEmpty())
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            if (stem.isBlank()) {
                continue;
            }
            String n = cols.number() < 0 ? "" : table.text(r, cols.number()).replaceAll("[^0-9]", "");
            int number = n.isEmpty() || n.length() > 4 ? out.size() + 1 : Integer.parseInt(n);
            DocxQuestion q = new DocxQuestion(number, part, table.line(), chapter);
            q.startStem(stem);
            cell(row, cols.stem()).forEach(p -> q.images.addAll(p.images()));
            if (cols.options() >= 0) {
                readOptionCell(q, cell(row, cols.options()), problems);
            }
            for (int c : cols.optionColumns()) {
                List<DocxBlock.Para> paras = cell(row, c);
                String text = String.join(" ", paras.stream().map(DocxBlock.Para::trimmed).filter(s -> !s.isEmpty()).toList());
                if (text.isEmpty()) {
                    continue;
                }
                int style = 0;
                for (DocxBlock.Para p : paras) {
                    style |= p.styleOf(0, p.text().length());
                }
                boolean star = text.startsWith("*") || text.startsWith("#");
                q.addOption(star ? text.substring(1).strip() : text, 0, style, star);
            }
            if (cols.key() >= 0) {
                String raw = table.text(r, cols.key());
                Matcher lead = java.util.regex.Pattern.compile("^([A-H])(?:[.):\\s]|$)").matcher(raw.strip());
                String answer = AnswerKey.normalise(raw);
                if (answer == null && lead.find()) {
                    answer = lead.group(1);
                }
                if (answer == null && !raw.isBlank()) {
                    problems.add(ImportMessage.atLine(table.line(), q.where() + "the answer \"" + raw.strip()
                            + "\" in row " + (r + 1) + " is not a letter, Đ/S or a number"));
                    q.broken = true;
                }
                q.inlineAnswer = answer;
            }
            out.add(q);
        }
        return out;
    }

    private static void readOptionCell(DocxQuestion q, List<DocxBlock.Para> cell, List<ImportMessage> problems) {
        for (DocxBlock.Para p : cell) {
            String text = p.trimmed();
            if (text.isEmpty()) {
                continue;
            }
            Matcher statement = DocxQuestion.STATEMENT.matcher(text);
            if (q.statements.isEmpty() && DocxQuestion.OPTION.matcher(text).lookingAt()) {
                q.readOptions(p, problems);
            } else if (q.options.isEmpty() && statement.matches() && statement.group(2).charAt(0) - 'a' == q.statements.size()) {
                q.trueFalsePart = true;
                q.readStatement(p, statement.group(2), statement.group(3), problems);
            } else if (q.statements.isEmpty()) {
                q.addNumberedOption(p); // one option per paragraph, labelled by order
            }
        }
    }

    private static List<DocxBlock.Para> cell(List<List<DocxBlock.Para>> row, int c) {
        return c >= 0 && c < row.size() ? row.get(c) : List.of();
    }
}
