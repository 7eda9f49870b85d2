package vn.khaothi.engine.domain.attempt;

/** How much an integrity event should worry a proctor. */
public enum Severity {
    /** Recorded for the timeline; not shown as an incident. */
    INFO,
    LOW,
    MEDIUM,
    HIGH
}
