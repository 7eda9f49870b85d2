package vn.khaothi.web.sitting;

import java.math.BigDecimal;

/** {@code PUT /api/v1/sittings/{id}/marking/policy}: {@code {"blind","doubleMarking","threshold"}}. */
public class MarkingPolicyRequest {

    public Boolean blind;

    public Boolean doubleMarking;

    public BigDecimal threshold;
}
