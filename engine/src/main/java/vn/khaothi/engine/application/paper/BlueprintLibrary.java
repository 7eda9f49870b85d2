package vn.khaothi.engine.application.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.khaothi.engine.domain.paper.BlueprintRepository;
import vn.khaothi.engine.domain.paper.SavedBlueprint;
import vn.khaothi.itembank.application.bank.BankException;
import vn.khaothi.itembank.domain.blueprint.Blueprint;
import vn.khaothi.itembank.domain.blueprint.BlueprintCell;
import vn.khaothi.itembank.domain.workflow.Actor;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * Saved blueprints (ma trận đề), reusable and versioned per subject, grade, kind and name: saving
 * under a name that exists adds the next version. A blueprint is checked as a paper's would be
 * (distinct cells, 10 points) before it is kept.
 */
@ApplicationScoped
public class BlueprintLibrary {

    @Inject
    BlueprintRepository blueprints;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public SavedBlueprint save(Actor actor, String subject, int grade, String kind, String name, int durationMinutes,
                               List<BlueprintCell> cells) {
        if (!(actor.teaches(subject) || actor.has(Role.PRINCIPAL) || actor.has(Role.ADMIN))) {
            throw BankException.forbidden("Only teachers of " + subject + " may save its blueprints");
        }
        try {
            Blueprint.fromCells(durationMinutes, Blueprint.TEN_POINT_SCALE, cells);
        } catch (IllegalArgumentException e) {
            throw new BankException(BankException.Kind.UNPROCESSABLE, "BLUEPRINT_INVALID", e.getMessage());
        }
        return get(blueprints.addVersion(subject, grade, kind, name, durationMinutes, cells, actor.username(),
                clock.instant()));
    }

    /** Every saved version of a subject and grade, newest first. */
    @Transactional
    public List<SavedBlueprint> list(String subject, int grade) {
        return blueprints.of(subject, grade);
    }

    @Transactional
    public SavedBlueprint get(long id) {
        return blueprints.byId(id).orElseThrow(() -> BankException.notFound("Blueprint " + id));
    }
}
