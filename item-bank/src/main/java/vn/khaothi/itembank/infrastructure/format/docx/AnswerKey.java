package vn.khaothi.itembank.infrastructure.format.docx;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers given apart from the questions: a key section at the end ("ĐÁP ÁN", "BẢNG ĐÁP ÁN",
 * "HƯỚNG DẪN CHẤM", "ANSWER KEY") as text ("1-A 2-B", "1.A", "3A", "Câu 4: a) Đ b) S c) Đ d) S",
 * "5-12,5") or as a grid (a row of question numbers above a row of answers, or columns
 * STT | Đáp án). "PHẦN I/II/III" in the key restarts the numbering like in the questions.
 * Answers are normalised: a capital letter, a string of Đ/S, or a number as written. The same
 * reading serves a key section in the bank and a key in a separate file ({@link SeparateAnswerKey});
 * each answer keeps the line it came from, for messages.
 */
final class AnswerKey {

    /** One answer of the key and the line (body element, text line or sheet row) it was read from. */
    record Entry(int part, int number, String answer, int line) {
    }

    private static final Pattern LINE = Pattern.compile("^(?:Câu\\s*)?(\\d{1,3})\\s*[-–.:)]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LETTER = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,3})\\s*[-–.:)]?\\s*([A-H]|[ĐSđs]{2,8})(?![\\p{L}\\d])");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d\\p{L},.])(\\d{1,3})\\s*(?:[-–:)]|\\.\\s)\\s*(-?\\d+(?:[.,]\\d+)?)(?![\\d\\p{L}])");
    private static final Pattern NUMERIC = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private final Map<String, Entry> answers = new java.util.LinkedHashMap<>();
    private boolean parts;
    /** The part of the key being read: "PHẦN I/II/III" in a key section counts up from 0. */
    private int sectionPart;

    /** An answer as written in a key or after "Đáp án:", normalised; null when it is not one. */
    static String normalise(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches("[A-H]|[A-H][.)]|[a-h]")) {
            return s.substring(0, 1).toUpperCase(Locale.ROOT);
        }
        if (NUMERIC.matcher(s).matches()) {
            return s;
        }
        StringBuilder truth = new StringBuilder();
        for (String token : s.split("[^\\p{L}]+")) {
            if (token.isEmpty() || token.matches("[abcd]")) {
                continue; // statement labels "a)"
            }
            String t = token.toLowerCase(Locale.ROOT);
            if (t.equals("đúng") || t.equals("true") || t.equals("t")) {
                truth.append('Đ');
            } else if (t.equals("sai") || t.equals("false") || t.equals("f")) {
                truth.append('S');
            } else if (t.matches("[đs]+")) {
                truth.append(t.toUpperCase(Locale.ROOT));
            } else {
                return null;
            }
        }
        return truth.length() >= 1 && truth.length() <= 8 ? truth.toString() : null;
    }

    /** Whether a line opens the key section. */
    static boolean heading(String text) {
        String u = plain(text);
        return u.startsWith("dap an") || u.startsWith("bang dap an") || u.startsWith("huong dan cham")
                || u.startsWith("answer key") || u.equals("answers") || u.startsWith("key:") || u.equals("key");
    }

    /** Lower case without diacritics ("Đáp án" → "dap an"), for loose matching of headings. */
    static String plain(String text) {
        String d = Normalizer.normalize(text.strip().replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    void put(int part, String number, String answer, int line) {
        parts |= part > 0;
        int n = Integer.parseInt(number);
        answers.put(part + ":" + n, new Entry(part, n, answer, line));
    }

    /** The answer for question {@code number} of {@code part}; a key without parts serves unique numbers. */
    String get(int part, int number, boolean numbersUnique) {
        Entry e = entry(part, number, numbersUnique);
        return e == null ? null : e.answer();
    }

    /** The entry for question {@code number} of {@code part}, as {@link #get} finds it; null when none. */
    Entry entry(int part, int number, boolean numbersUnique) {
        Entry e = answers.get(part + ":" + number);
        if (e == null && !parts && numbersUnique) {
            e = answers.get("0:" + number);
        }
        return e;
    }

    /** Every answer read, in the order read. */
    java.util.Collection<Entry> entries() {
        return answers.values();
    }

    /** Whether the key numbers its answers by part ("PHẦN I/II/III"). */
    boolean hasParts() {
        return parts;
    }

    boolean isEmpty() {
        return answers.isEmpty();
    }

    /** Opens a key section (its heading "ĐÁP ÁN: 1-A 2-B" may already hold answers); parts count from 0 again. */
    void startSection(String heading, int line) {
        sectionPart = 0;
        int colon = heading.indexOf(':');
        if (colon > 0) {
            readText(heading.substring(colon + 1), sectionPart, line);
        }
    }

    /** A line inside a key section: "PHẦN II" moves to the next part, anything else is read for answers. */
    void readSectionLine(String text, int line) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (upper.startsWith("PHẦN") || upper.startsWith("PHAN ")) {
            sectionPart++;
        } else {
            readText(text, sectionPart, line);
        }
    }

    /** The part a table inside a key section belongs to. */
    int sectionPart() {
        return sectionPart;
    }

    /** Reads a line of the key; true when it held at least one answer. */
    boolean readText(String text, int part, int lineNumber) {
        Matcher line = LINE.matcher(text.strip());
        if (line.matches()) {
            String whole = normalise(line.group(2));
            if (whole != null && !whole.matches("[A-H]|-?\\d+(?:[.,]\\d+)?")) {
                put(part, line.group(1), whole, lineNumber); // "Câu 4: a) Đ b) S c) Đ d) S"
                return true;
            }
        }
        int before = answers.size();
        StringBuilder rest = new StringBuilder(text);
        Matcher k = LETTER.matcher(text);
        while (k.find()) {
            put(part, k.group(1), normalise(k.group(2)), lineNumber);
            for (int i = k.start(); i < k.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        Matcher n = NUMBER.matcher(rest);
        while (n.find()) {
            put(part, n.group(1), n.group(2), lineNumber);
        }
        return answers.size() > before;
    }

    /** Whether a table looks like a key: mostly numbers paired with answers. */
    static boolean looksLikeKey(DocxBlock.Table table) {
        return !pairs(table).isEmpty();
    }

    /**
     * Reads a grid, or failing that each cell as text. {@code rowsAreLines}: a spreadsheet's rows are
     * its lines (an answer names the row of its question number); a Word table is one line.
     */
    void readTable(DocxBlock.Table table, int part, boolean rowsAreLines) {
        List<String[]> pairs = pairs(table);
        if (pairs.isEmpty()) {
            for (int r = 0; r < table.rows().size(); r++) {
                for (int c = 0; c < table.rows().get(r).size(); c++) {
                    readText(table.text(r, c), part, table.line() + (rowsAreLines ? r : 0));
                }
            }
            return;
        }
        pairs.forEach(p -> put(part, p[0], p[1], table.line() + (rowsAreLines ? Integer.parseInt(p[2]) : 0)));
    }

    /** (number, answer, row) triples of a grid: numbers above answers, or numbers left of answers. */
    private static List<String[]> pairs(DocxBlock.Table table) {
        List<String[]> below = new ArrayList<>();
        List<String[]> right = new ArrayList<>();
        int belowLetters = 0;
        int rightLetters = 0;
        List<List<List<DocxBlock.Para>>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String cell = number(table.text(r, c));
                if (cell == null) {
                    continue;
                }
                if (r + 1 < rows.size()) {
                    String a = answer(table.text(r + 1, c));
                    if (a != null) {
                        below.add(new String[] {cell, a, String.valueOf(r)});
                        belowLetters += a.matches("[A-HĐS]+") ? 1 : 0;
                    }
                }
                if (c + 1 < rows.get(r).size()) {
                    String a = answer(table.text(r, c + 1));
                    if (a != null) {
                        right.add(new String[] {cell, a, String.valueOf(r)});
                        rightLetters += a.matches("[A-HĐS]+") ? 1 : 0;
                    }
                }
            }
        }
        if (belowLetters != rightLetters) {
            return belowLetters > rightLetters ? below : right;
        }
        // Only numbers: a grid whose first row is numbers is read downwards, else across.
        int numbersInFirstRow = 0;
        for (int c = 0; !rows.isEmpty() && c < rows.get(0).size(); c++) {
            numbersInFirstRow += number(table.text(0, c)) != null ? 1 : 0;
        }
        return numbersInFirstRow >= 2 ? below : right;
    }

    private static String number(String cell) {
        String s = cell.strip().replaceFirst("(?i)^câu\\s*", "").replaceFirst("[.:]$", "");
        return s.matches("\\d{1,3}") ? s : null;
    }

    private static String answer(String cell) {
        return normalise(cell);
    }
}
