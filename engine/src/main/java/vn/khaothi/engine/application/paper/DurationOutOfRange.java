package vn.khaothi.engine.application.paper;

import java.util.List;
import java.util.Map;
import vn.khaothi.itembank.domain.Refusal;

/**
 * A periodic test (MIDTERM, FINAL) whose duration TT22 Art. 7 does not allow for the subject's
 * periods a year (REST: 422 DURATION_OUT_OF_RANGE, details the range and the rule's citations).
 * Nothing has been stored when it is thrown.
 */
public final class DurationOutOfRange extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final int minMinutes;
    private final int maxMinutes;
    private final List<String> citations;

    public DurationOutOfRange(int minMinutes, int maxMinutes, List<String> citations) {
        super("Thời gian làm bài kiểm tra định kì môn này là " + minMinutes + "–" + maxMinutes
                + " phút / a periodic test of this subject lasts " + minMinutes + "–" + maxMinutes + " minutes");
        this.minMinutes = minMinutes;
        this.maxMinutes = maxMinutes;
        this.citations = List.copyOf(citations);
    }

    @Override
    public Kind kind() {
        return Kind.UNPROCESSABLE;
    }

    @Override
    public String code() {
        return "DURATION_OUT_OF_RANGE";
    }

    @Override
    public Object details() {
        return Map.of("minMinutes", minMinutes, "maxMinutes", maxMinutes, "citations", citations);
    }
}
