package vn.khaothi.engine.domain.remote;

import java.time.Instant;
import java.util.Objects;
import vn.khaothi.rules.online.AssessmentKind;

/**
 * What the workflow needs to know about a sitting (buổi kiểm tra); plain codes until the sittings
 * module provides the real thing.
 *
 * @param sittingId   the sitting's id
 * @param kind        MIDTERM, FINAL, MAKEUP, RETEST (or REGULAR, which needs no request)
 * @param closesAt    when the sitting closes: a request filed later is not eligible for it
 * @param semester    the semester the sitting belongs to, e.g. {@code 2025-2026/1}, for reports
 * @param classCode   the class, e.g. {@code 9A1}, or null
 * @param subjectCode the subject, e.g. {@code MATH}, or null
 */
public record SittingRef(String sittingId, AssessmentKind kind, Instant closesAt, String semester,
                         String classCode, String subjectCode) {

    public SittingRef {
        Objects.requireNonNull(sittingId, "sittingId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(semester, "semester");
    }
}
