package vn.khaothi.engine.domain.remote;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The repository of remote requests (đơn đề nghị kiểm tra trực tuyến), bound to one transaction
 * (see {@code RemoteStore}): the workflow changes a request and appends its audit entry in one commit. Updates
 * compare the version read, so a second writer is refused.
 */
public interface RemoteRequests {

    /** The key of requests without a class or a subject in the report's breakdowns. */
    String NONE = "NONE";

    void insert(RemoteRequest request);

    /** Stores a decision or a withdrawal: the new status, and the decision if there is one. */
    void update(RemoteRequest request);

    /** The request, locked for update when {@code lock} (the caller then changes it). */
    Optional<RemoteRequest> find(String id, boolean lock);

    /** A student's requests for a sitting, oldest first; locked when {@code lock}. */
    List<RemoteRequest> forStudentAndSitting(String studentId, String sittingId, boolean lock);

    /** Requests filed by or about this person, newest first. */
    List<RemoteRequest> filedByOrAbout(String personId);

    List<RemoteRequest> withStatus(RequestStatus status);

    /**
     * Counts of one semester's requests per (grouping value, status); {@code column} is one of
     * {@code reason}, {@code class_code}, {@code subject_code}, and a missing value counts under {@link #NONE}.
     */
    Map<String, Map<RequestStatus, Integer>> counts(String semester, String column);
}
