package vn.khaothi.web.sitting;

import jakarta.validation.constraints.NotNull;

/** {@code POST /api/v1/incidents/{id}/review}: {@code {"decision":"CONFIRMED|DISMISSED"}}. */
public class ReviewRequest {

    @NotNull
    public String decision;
}
