package vn.khaothi.web.sitting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code POST /api/v1/sittings/{id}/marking/marks}: {@code {"code"|"attemptId","itemId","criteria":{"c1":1.5,…}
 * | "points":1.5,"comment"?,"decision"?:true,"reason"?}} — a mark, or with {@code decision} the head's
 * decision on a disputed item (a reason required).
 */
public class MarkRequest {

    public Long attemptId;

    @Size(max = 12)
    public String code;

    @NotNull
    public String itemId;

    public BigDecimal points;

    public Map<String, BigDecimal> criteria;

    @Size(max = 2000)
    public String comment;

    public Boolean decision;

    @Size(max = 1000)
    public String reason;
}
