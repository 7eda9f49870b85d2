package vn.khaothi.engine.domain.audit;

/** The last entry the trail wrote (its sequence and hash), kept apart from the entries. */
public record ChainHead(long sequence, String hash) {
}
