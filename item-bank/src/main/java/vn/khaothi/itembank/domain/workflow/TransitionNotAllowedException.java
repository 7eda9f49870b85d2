package vn.khaothi.itembank.domain.workflow;

import java.util.Map;
import vn.khaothi.itembank.domain.Refusal;

/** The step does not exist from the item's current status (REST: 409 Conflict). */
public class TransitionNotAllowedException extends IllegalStateException implements Refusal {

    private final ApprovalStatus from;
    private final ApprovalStatus to;

    public TransitionNotAllowedException(ApprovalStatus from, ApprovalStatus to) {
        super("an item cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public ApprovalStatus from() {
        return from;
    }

    public ApprovalStatus to() {
        return to;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String code() {
        return "TRANSITION_NOT_ALLOWED";
    }

    @Override
    public Object details() {
        return Map.of("from", from.name(), "to", to.name());
    }
}
