package vn.khaothi.rules.directives;

import java.time.LocalDate;
import java.util.List;

/**
 * Conclusion about one periodic paper: {@code status} is {@code ON_TIME}, {@code PENDING} (the
 * 28th has not passed), {@code LATE}, {@code EXEMPT} (physical education) or
 * {@code APPROVAL_OUT_OF_ORDER} (the principal approved before the subject group).
 *
 * @param missing what is still missing: GROUP_APPROVAL, PRINCIPAL_APPROVAL, PUBLICATION
 */
public record PaperSlotFinding(String subject, int grade, PeriodicPoint point, LocalDate deadline, String status,
                               List<String> missing) {

    public PaperSlotFinding {
        missing = List.copyOf(missing);
    }

    public static PaperSlotFinding of(PeriodicPaperSlot slot, String status) {
        return new PaperSlotFinding(slot.subject(), slot.grade(), slot.point(), slot.deadline(), status, slot.missingSteps());
    }
}
