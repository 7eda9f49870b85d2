package vn.khaothi.web.sitting;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** {@code POST /api/v1/attempts/{id}/grades}: a teacher's mark for an essay item. */
public class GradeRequest {

    @NotNull
    public String itemId;

    @NotNull
    public BigDecimal points;
}
