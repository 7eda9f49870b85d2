package vn.khaothi.engine.scan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the scan use cases answer (api-contract.md "Paper tests: scanned answer sheets"); web maps
 * them to JSON. A sheet's {@code answers}, {@code problems} and {@code marks}, and a correction's
 * {@code details}, are the scan's stored JSON text, passed on as stored.
 */
public final class ScanViews {

    private ScanViews() {
    }

    /**
     * A sheet as a batch lists it. {@code studentId} is the student's username (null when no
     * candidate of the sitting was found); {@code attemptId} is set once the batch is confirmed.
     */
    public record SheetLine(long sheetId, int page, String studentId, String studentNumber, String versionCode,
                            String answers, BigDecimal score, String status, String problems, Long attemptId) {
    }

    /** {@code status} is PROCESSING or DONE; {@code state} the batch's own (DONE, CONFIRMED, FAILED…). */
    public record BatchView(long batchId, long sittingId, String status, String state, int done, int total,
                            List<SheetLine> sheets) {
    }

    /** A question of the sheet's version that the review form offers (essays are not on the sheet). */
    public record QuestionArea(int number, String kind, int choices) {
    }

    /** A correction made to a sheet: who, when, and its stored details (reason, before, after). */
    public record Correction(String by, Instant at, String details) {
    }

    /**
     * One sheet for the review screen: as listed, plus the photo's size, the detected marks, the
     * questions of its version, the student's name (null when unknown) and the corrections made.
     */
    public record SheetView(SheetLine sheet, long batchId, int imageWidth, int imageHeight, String marks,
                            List<QuestionArea> questions, String studentName, List<Correction> corrections) {
    }

    /** A sheet confirmed as a student's attempt, with its score (null before scoring). */
    public record ConfirmedSheet(long sheetId, String studentId, long attemptId, BigDecimal score) {
    }

    public record ConfirmedBatch(long batchId, int confirmed, List<ConfirmedSheet> attempts) {
    }

    /**
     * A teacher's correction of a sheet: the reason ("" when none was given), and each of the student
     * number, the version code and the answers only when the request names it ({@code sets…}; the
     * value may then be null). {@code answers} is the JSON text of {@code {"1":"B","2":{"a":true},…}}.
     */
    public record SheetCorrection(String reason, boolean setsStudentNumber, String studentNumber,
                                  boolean setsVersionCode, String versionCode, boolean setsAnswers, String answers) {
    }
}
