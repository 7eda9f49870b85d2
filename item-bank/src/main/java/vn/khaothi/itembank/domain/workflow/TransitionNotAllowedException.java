package vn.khaothi.itembank.domain.workflow;

/** The step does not exist from the item's current status (REST: 409 Conflict). */
public class TransitionNotAllowedException extends IllegalStateException {

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
}
