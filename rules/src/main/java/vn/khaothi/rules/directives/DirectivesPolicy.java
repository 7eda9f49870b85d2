package vn.khaothi.rules.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.khaothi.rules.Decision;
import vn.khaothi.rules.InvalidFactException;
import vn.khaothi.rules.support.FactGuard;
import vn.khaothi.rules.support.RuleRun;
import vn.khaothi.rules.support.RuleSessionRunner;

/** The district directives' own deadlines and approvals (chỉ đạo của Phòng GDĐT). Stateless and thread-safe. */
public final class DirectivesPolicy {

    private final RuleSessionRunner runner;

    public DirectivesPolicy(RuleSessionRunner runner) {
        this.runner = runner;
    }

    /**
     * Which periodic papers are done, pending, late, exempt or approved out of order, per subject,
     * grade and point, in the order given (an out-of-order finding follows the slot's status).
     */
    public Decision<List<PaperSlotFinding>> periodicPapers(List<PeriodicPaperSlot> slots, LocalDate today) {
        FactGuard.nonEmpty("slots", slots);
        FactGuard.present("today", today);
        for (int i = 0; i < slots.size(); i++) {
            PeriodicPaperSlot s = slots.get(i);
            FactGuard.present("slots[" + i + "].subject", s.subject());
            FactGuard.present("slots[" + i + "].point", s.point());
            FactGuard.present("slots[" + i + "].dueMonth", s.dueMonth());
            FactGuard.between("slots[" + i + "].grade", s.grade(), 1, 12);
            if (s.publishedOn() != null && s.principalApprovedOn() == null) {
                throw new InvalidFactException("slots[" + i + "].publishedOn", "CONTRADICTORY",
                        "a paper cannot be published before the principal approved it");
            }
        }
        List<Object> facts = new ArrayList<>(slots);
        facts.add(new DeadlineCheck(today));
        RuleRun run = runner.run(facts);
        List<PaperSlotFinding> found = new ArrayList<>(run.all(PaperSlotFinding.class));
        found.sort(Comparator.comparingInt((PaperSlotFinding f) -> indexOf(slots, f))
                .thenComparing(f -> "APPROVAL_OUT_OF_ORDER".equals(f.status())));
        return run.decision(List.copyOf(found));
    }

    private static int indexOf(List<PeriodicPaperSlot> slots, PaperSlotFinding f) {
        for (int i = 0; i < slots.size(); i++) {
            PeriodicPaperSlot s = slots.get(i);
            if (s.subject().equals(f.subject()) && s.grade() == f.grade() && s.point() == f.point()) {
                return i;
            }
        }
        return slots.size();
    }
}
