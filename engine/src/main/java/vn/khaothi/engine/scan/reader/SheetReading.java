package vn.khaothi.engine.scan.reader;

import java.util.List;
import java.util.Map;

/**
 * What the reader made of one page (kết quả đọc một phiếu).
 *
 * @param paperId       the paper the QR code names, or null when the QR code could not be read
 * @param studentNumber the số báo danh bubbled, or null when it is missing or unsure (then a problem says so)
 * @param versionCode   the mã đề, or null (then UNKNOWN_VERSION)
 * @param answers       question number → "B" | {statement → true/false/null} | "12,5"; a blank or unsure
 *                      answer is null, never a guess
 * @param problems      what needs a person; empty when the sheet was read with certainty
 * @param marks         every bubble measured, for drawing over the photo
 */
public record SheetReading(Long paperId, String studentNumber, String versionCode, Map<Integer, Object> answers,
        List<Problem> problems, List<BubbleMark> marks) {

    public SheetReading {
        answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        problems = List.copyOf(problems);
        marks = List.copyOf(marks);
    }

    static SheetReading notASheet() {
        return new SheetReading(null, null, null, Map.of(), List.of(new Problem(null, ProblemKind.NOT_A_SHEET)),
                List.of());
    }

    /** True when a person has to look at the sheet before its answers may be used. */
    public boolean needsReview() {
        return problems.stream().anyMatch(p -> p.kind().blocks());
    }
}
