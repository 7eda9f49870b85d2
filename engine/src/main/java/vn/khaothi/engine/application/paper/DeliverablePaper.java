package vn.khaothi.engine.application.paper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A paper as a sitting delivers it.
 *
 * @param kind            REGULAR, MIDTERM, FINAL, MAKEUP or RETEST (the contract's codes)
 * @param status          DRAFT, GROUP_APPROVED or APPROVED; only APPROVED may be used by a sitting
 * @param durationMinutes the blueprint's duration
 * @param versions        the versions (mã đề) in the order they were requested
 */
public record DeliverablePaper(long id, String title, String subjectCode, int grade, String kind, String status,
                               int durationMinutes, BigDecimal totalPoints, List<DeliverableVersion> versions) {

    public DeliverablePaper {
        versions = List.copyOf(versions);
    }

    public boolean approved() {
        return "APPROVED".equals(status);
    }

    public Optional<DeliverableVersion> version(String code) {
        return versions.stream().filter(v -> v.code().equals(code)).findFirst();
    }
}
