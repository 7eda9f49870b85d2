package vn.khaothi.engine.domain.remote;

import java.util.Set;

/**
 * A piece of evidence (minh chứng) attached to a request: a stored file's id, its content type as
 * detected from its bytes by the upload layer, and its size. Storage itself comes later.
 */
public record EvidenceRef(String fileId, String contentType, long sizeBytes) {

    /** Issue 7: images or PDF, at most 10 MB each. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final Set<String> ACCEPTED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/webp");

    public EvidenceRef {
        if (fileId == null || fileId.isBlank() || fileId.length() > 64) {
            throw new InvalidRemoteRequestException("evidence", "EVIDENCE_ID", "an evidence file id is 1-64 characters");
        }
        if (contentType == null || !ACCEPTED_TYPES.contains(contentType)) {
            throw new InvalidRemoteRequestException("evidence", "EVIDENCE_TYPE",
                    "evidence must be a PDF or an image (JPEG, PNG, WebP), not " + contentType);
        }
        if (sizeBytes <= 0 || sizeBytes > MAX_BYTES) {
            throw new InvalidRemoteRequestException("evidence", "EVIDENCE_SIZE",
                    "evidence must be between 1 byte and 10 MB, not " + sizeBytes + " bytes");
        }
    }
}
