package vn.khaothi.engine.application.remote;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evidence files (minh chứng) as stored, in one transaction ({@link RemoteStore.Session}). What
 * may be stored, and who may read it, is decided by {@link EvidenceFiles} and the workflow.
 */
public interface EvidenceStore {

    /** Removes the uploader's files that no request names and that were uploaded before {@code before}. */
    void dropUnclaimed(String uploader, Instant before);

    /** How many of the uploader's files no request names, locking them until the transaction ends. */
    int unclaimed(String uploader);

    void insert(EvidenceFile file, byte[] content);

    /** The files (without bytes) with these ids that exist. */
    Map<String, EvidenceFile> find(Set<String> ids);

    Optional<byte[]> content(String id);

    /** Removes a file unless a request names it (checked again here: a filing may have claimed it meanwhile). */
    void deleteUnattached(String id);
}
