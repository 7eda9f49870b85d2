package vn.khaothi.engine.domain.sitting;

import java.util.List;
import vn.khaothi.rules.online.AssessmentKind;

/**
 * What a sitting needs to know of its paper (đề kiểm tra): its facts, whether it is approved, its
 * duration and its versions (mã đề) in the order they were requested.
 *
 * @param status DRAFT, GROUP_APPROVED or APPROVED; only APPROVED may be used by a sitting
 */
public record SittingPaper(long id, String title, AssessmentKind kind, String subjectCode, int grade, String status,
                           int durationMinutes, List<Version> versions) {

    /** One version of the paper: the stored id an attempt pins, and its printed code (e.g. "101"). */
    public record Version(long id, String code) {
    }

    public SittingPaper {
        versions = List.copyOf(versions);
    }

    public boolean approved() {
        return "APPROVED".equals(status);
    }
}
