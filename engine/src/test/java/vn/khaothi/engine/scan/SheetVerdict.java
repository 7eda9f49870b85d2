package vn.khaothi.engine.scan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.khaothi.engine.scan.reader.Problem;
import vn.khaothi.engine.scan.reader.ProblemKind;
import vn.khaothi.engine.scan.reader.SheetReader;
import vn.khaothi.engine.scan.reader.SheetReading;

/**
 * Judges a reading against the truth a generated photo was made from: RIGHT (every answer, the student number
 * and the version read correctly and nothing to review), FLAGGED (sent to review, and nothing that was NOT
 * flagged is wrong), or SILENT_ERROR (a value the reader returned without a flag differs from the truth).
 */
public enum SheetVerdict {
    RIGHT, FLAGGED, SILENT_ERROR;

    /** The test paper's layouts: versions 101–104 of paper 42. */
    public static final SheetReader.Layouts LAYOUTS = (paper, code) ->
            (paper == null || paper == SheetPhotos.PAPER_ID) && code.matches("10[1-4]")
                    ? Optional.of(SheetPhotos.LAYOUT) : Optional.empty();

    public static SheetVerdict of(SheetPhotos.Truth truth, SheetReading reading) {
        if (truth.notASheet()) {
            return reading.problems().stream().anyMatch(p -> p.kind() == ProblemKind.NOT_A_SHEET) && reading.answers()
                    .values().stream().allMatch(Objects::isNull) ? FLAGGED : SILENT_ERROR;
        }
        boolean versionFlag = has(reading, null, ProblemKind.UNKNOWN_VERSION);
        boolean studentFlag = has(reading, null, ProblemKind.UNKNOWN_STUDENT);
        if (reading.studentNumber() != null && !reading.studentNumber().equals(truth.studentNumber())) {
            return SILENT_ERROR;
        }
        if (!versionFlag && !Objects.equals(reading.versionCode(), truth.versionCode())) {
            return SILENT_ERROR;
        }
        if (truth.studentNumber() == null && !studentFlag) {
            return SILENT_ERROR;
        }
        if (!versionFlag) {
            for (Map.Entry<Integer, Object> e : truth.answers().entrySet()) {
                int q = e.getKey();
                boolean flagged = reading.problems().stream().anyMatch(p -> Objects.equals(p.question(), q)
                        && p.kind().blocks());
                if (flagged) {
                    continue;
                }
                String hard = truth.hard().get(q);
                if (hard != null && !hard.equals("ERASED")) {
                    return SILENT_ERROR; // a double or crossed-out mark read as an answer
                }
                if (!Objects.equals(normal(e.getValue()), normal(reading.answers().get(q)))) {
                    return SILENT_ERROR;
                }
            }
        }
        return reading.needsReview() ? FLAGGED : RIGHT;
    }

    private static boolean has(SheetReading r, Integer q, ProblemKind kind) {
        return r.problems().contains(new Problem(q, kind));
    }

    private static Object normal(Object v) {
        return v instanceof Map<?, ?> m ? Map.copyOf(m) : v;
    }
}
