package vn.khaothi.engine.application.remote;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.engine.domain.remote.RequestStatus;

/**
 * Where remote requests (đơn đề nghị kiểm tra trực tuyến) are kept, on the caller's connection and
 * transaction: the workflow changes a request and appends its audit entry in one commit. Updates
 * compare the version read, so a second writer is refused.
 */
public interface RemoteRequests {

    /** The key of requests without a class or a subject in the report's breakdowns. */
    String NONE = "NONE";

    void insert(RemoteRequest request) throws SQLException;

    /** Stores a decision or a withdrawal: the new status, and the decision if there is one. */
    void update(RemoteRequest request) throws SQLException;

    /** The request, locked for update when {@code lock} (the caller then changes it). */
    Optional<RemoteRequest> find(String id, boolean lock) throws SQLException;

    /** A student's requests for a sitting, oldest first; locked when {@code lock}. */
    List<RemoteRequest> forStudentAndSitting(String studentId, String sittingId, boolean lock) throws SQLException;

    /** Requests filed by or about this person, newest first. */
    List<RemoteRequest> filedByOrAbout(String personId) throws SQLException;

    List<RemoteRequest> withStatus(RequestStatus status) throws SQLException;

    /**
     * Counts of one semester's requests per (grouping value, status); {@code column} is one of
     * {@code reason}, {@code class_code}, {@code subject_code}, and a missing value counts under {@link #NONE}.
     */
    Map<String, Map<RequestStatus, Integer>> counts(String semester, String column) throws SQLException;
}
