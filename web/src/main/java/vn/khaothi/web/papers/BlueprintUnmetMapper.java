package vn.khaothi.web.papers;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import vn.khaothi.itembank.application.assembly.BlueprintUnmetException;
import vn.khaothi.web.error.ApiException;
import vn.khaothi.web.error.ApiExceptionMapper;

/** An unmeetable blueprint: 422 BLUEPRINT_UNMET with every short cell, needed vs available (nothing stored). */
@Provider
public class BlueprintUnmetMapper implements ExceptionMapper<BlueprintUnmetException> {

    @Override
    public Response toResponse(BlueprintUnmetException e) {
        List<Map<String, Object>> details = e.shortages().stream()
                .map(s -> Map.<String, Object>of("chapter", s.chapter(), "level", s.level(), "type", s.type(),
                        "needed", s.needed(), "available", s.available(), "reason", s.reason().name()))
                .toList();
        return new ApiExceptionMapper().toResponse(new ApiException(422, "BLUEPRINT_UNMET",
                "Ngân hàng không đủ câu hỏi cho " + details.size() + " ô của ma trận / the bank is short for "
                        + details.size() + " blueprint cell(s)", details));
    }
}
