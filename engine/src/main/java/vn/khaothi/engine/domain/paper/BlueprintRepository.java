package vn.khaothi.engine.domain.paper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;

/** Where saved blueprints are kept, in the caller's transaction; versions are never changed, only added. */
public interface BlueprintRepository {

    /** Stores the next version of the name (1 for a new name) and answers its id. */
    long addVersion(String subject, int grade, String kind, String name, int durationMinutes, List<BlueprintCell> cells,
                    String createdBy, Instant createdAt);

    /** Every saved version of a subject and grade, by name, newest version first. */
    List<SavedBlueprint> of(String subject, int grade);

    Optional<SavedBlueprint> byId(long id);
}
