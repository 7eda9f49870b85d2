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
 * Answers are normalised: a capital letter, a string of Đ/S, or a number as written.
 */
final class AnswerKey {

    private static final Pattern LINE = Pattern.compile("^(?:Câu\\s*)?(\\d{1,3})\\s*[-–.:)]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LETTER = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,3})\\s*[-–.:)]?\\s*([A-H]|[ĐSđs]{2,8})(?![\\p{L}\\d])");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d\\p{L},.])(\\d{1,3})\\s*(?:[-–:)]|\\.\\s)\\s*(-?\\d+(?:[.,]\\d+)?)(?![\\d\\p{L}])");
    private static final Pattern NUMERIC = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private final Map<String, String> answers = new HashMap<>();
    private boolean parts;

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

    void put(int part, String number, String answer) {
        parts |= part > 0;
        answers.put(part + ":" + Integer.parseInt(number), answer);
    }

    /** The answer for question {@code number} of {@code part}; a key without parts serves unique numbers. */
    String get(int part, int number, boolean numbersUnique) {
        String a = answers.get(part + ":" + number);
        if (a == null && !parts && numbersUnique) {
            a = answers.get("0:" + number);
        }
        return a;
    }

    boolean isEmpty() {
        return answers.isEmpty();
    }

    /** Reads a line of the key; true when it held at least one answer. */
    boolean readText(String text, int part) {
        Matcher line = LINE.matcher(text.strip());
        if (line.matches()) {
            String whole = normalise(line.group(2));
            if (whole != null && !whole.matches("[A-H]|-?\\d+(?:[.,]\\d+)?")) {
                put(part, line.group(1), whole); // "Câu 4: a) Đ b) S c) Đ d) S"
                return true;
            }
        }
        int before = answers.size();
        StringBuilder rest = new StringBuilder(text);
        Matcher k = LETTER.matcher(text);
        while (k.find()) {
            put(part, k.group(1), normalise(k.group(2)));
            for (int i = k.start(); i < k.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        Matcher n = NUMBER.matcher(rest);
        while (n.find()) {
            put(part, n.group(1), n.group(2));
        }
        return answers.size() > before;
    }

    /** Whether a table looks like a key: mostly numbers paired with answers. */
    static boolean looksLikeKey(DocxBlock.Table table) {
        return !pairs(table).isEmpty();
    }

    void readTable(DocxBlock.Table table, int part) {
        List<String[]> pairs = pairs(table);
        if (pairs.isEmpty()) {
            for (int r = 0; r < table.rows().size(); r++) {
                for (int c = 0; c < table.rows().get(r).size(); c++) {
                    readText(table.text(r, c), part);
                }
            }
            return;
        }
        pairs.forEach(p -> put(part, p[0], p[1]));
    }

    /** (number, answer) pairs of a grid: numbers above answers, or numbers left of answers. */
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
                        below.add(new String[] {cell, a});
                        belowLetters += a.matches("[A-HĐS]+") ? 1 : 0;
                    }
                }
                if (c + 1 < rows.get(r).size()) {
                    String a = answer(table.text(r, c + 1));
                    if (a != null) {
                        right.add(new String[] {cell, a});
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
