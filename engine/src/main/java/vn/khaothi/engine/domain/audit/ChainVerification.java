package vn.khaothi.engine.domain.audit;

import java.util.List;

/**
 * The result of verifying the audit chain: intact, or the problems found, each with the sequence
 * where it shows.
 */
public record ChainVerification(long checked, List<Problem> problems) {

    public ChainVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** What was done to the chain, as far as the chain can tell. */
    public enum Kind {
        /** The entry's content no longer matches its hash. */
        EDITED,
        /** Entries are missing (a gap, or the end cut off). */
        REMOVED,
        /** The entry links to another entry than the one stored before it. */
        REORDERED,
        /** Linked right but numbered wrong. */
        RENUMBERED,
        /** The link is broken and the chain cannot tell more (edited and re-hashed, or removed and renumbered). */
        BROKEN_LINK
    }

    public record Problem(long sequence, Kind kind, String message) {
    }
}
