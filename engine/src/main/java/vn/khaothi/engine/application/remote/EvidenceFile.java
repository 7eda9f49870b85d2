package vn.khaothi.engine.application.remote;

import java.time.Instant;
import vn.khaothi.engine.domain.remote.EvidenceRef;

/**
 * A stored evidence file (minh chứng) without its bytes: who uploaded it, its name as given (for
 * display only), the type detected from its content, its size and SHA-256, and whether a request
 * names it.
 */
public record EvidenceFile(String id, String uploadedBy, String fileName, String contentType, long sizeBytes,
                           String sha256, Instant uploadedAt, String requestId) {

    public EvidenceRef ref() {
        return new EvidenceRef(id, contentType, sizeBytes);
    }

    public boolean attached() {
        return requestId != null;
    }
}
