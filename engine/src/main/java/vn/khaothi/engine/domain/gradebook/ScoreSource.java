package vn.khaothi.engine.domain.gradebook;

/** Where a gradebook change came from (nguồn điểm), as the history shows it (api-contract.md). */
public enum ScoreSource {
    /** Typed into the grid or sent by PUT /gradebook/scores. */
    MANUAL,
    /** Published from an online (or scanned) sitting's graded attempts. */
    SITTING,
    /** An Excel/CSV import (also the demo school's seeded marks, with a DEMO note). */
    IMPORT,
    /** Read from scanned paper answer sheets. */
    SCAN,
    /** The outcome of an appeal (phúc khảo). */
    APPEAL,
    /** A change after the lock that the principal approved. */
    AMENDMENT
}
