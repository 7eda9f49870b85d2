package vn.khaothi.engine.domain.analytics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One student's gradebook columns (cột điểm sổ điểm) in one subject and semester, as analytics reads
 * them: scores for scored subjects, verdicts (D / CD) for commentary-only ones.
 *
 * @param studentId the student's username
 * @param teacher   the username of the subject's teacher in that class, or null
 * @param scores    column code (TX1…, GK, CK) → score
 * @param verdicts  column code → D or CD
 */
public record SubjectRecord(String studentId, String name, String classCode, int grade, String subject,
                            boolean commentaryOnly, String teacher, int semester, Map<String, BigDecimal> scores,
                            Map<String, String> verdicts) {

    public SubjectRecord {
        scores = Map.copyOf(scores);
        verdicts = Map.copyOf(verdicts);
    }
}
