package vn.khaothi.engine.domain.paper;

import vn.khaothi.itembank.domain.Refusal;

/**
 * The right person at the wrong moment: no approval step of theirs is open at the paper's status
 * (REST: 409 CONFLICT). Nothing has changed when it is thrown.
 */
public final class IllegalPaperTransition extends IllegalStateException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final PaperStatus from;

    public IllegalPaperTransition(PaperStatus from) {
        super("The paper is " + from
                + ": that approval step is not open now (first the department head, then the principal)");
        this.from = from;
    }

    public PaperStatus from() {
        return from;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String code() {
        return "CONFLICT";
    }
}
