package vn.khaothi.engine.domain.remote;

/** PENDING → APPROVED | REJECTED by a decision, or → WITHDRAWN by the filer while pending. */
public enum RequestStatus {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN
}
