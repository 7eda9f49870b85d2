package vn.khaothi.web.sitting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/sittings}: {@code {"paperId","classCode"|"students":[…],"opensAt","closesAt",
 * "durationMinutes","mode":"ONLINE|IN_PERSON","proctors":[…]}} plus optional {@code title},
 * {@code admissionRequired}, {@code accommodations:{"hs001":15}} and
 * {@code reviewPolicy:"AFTER_SUBMIT|AFTER_CLOSE|NEVER"}. Times are ISO-8601 UTC instants.
 */
public class SittingRequest {

    @NotNull
    public Long paperId;

    @Size(max = 200)
    public String title;

    public String classCode;

    @Size(max = 2000)
    public List<String> students;

    @NotNull
    public Instant opensAt;

    @NotNull
    public Instant closesAt;

    public Integer durationMinutes;

    @NotNull
    public String mode;

    @Size(max = 50)
    public List<String> proctors;

    public Boolean admissionRequired;

    public Map<String, Integer> accommodations;

    public String reviewPolicy;

    /** Optional (issue 19): a staggered start, each student admitted within this many seconds of the opening; 0-600. */
    public Integer staggerSeconds;

    /** Optional (issue 13): the gradebook column TX1…TXn, GK or CK that publishing the results writes. */
    public String gradebookColumn;

    /** Marking (issue 13): blind codes instead of names until release (chấm phách). */
    public Boolean blindMarking;

    /** Marking (issue 13): two markers; {@code markingThreshold} points apart or more goes to a third mark. */
    public Boolean doubleMarking;

    public java.math.BigDecimal markingThreshold;
}
