package vn.khaothi.engine.domain.paper;

import java.time.Instant;
import java.util.List;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;

/** One saved version of a blueprint (ma trận đề), reusable per subject, grade, kind and name. */
public record SavedBlueprint(long id, String subject, int grade, String kind, String name, int version,
                             int durationMinutes, List<BlueprintCell> cells, String createdBy, Instant createdAt) {
}
