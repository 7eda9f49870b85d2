package vn.khaothi.engine.application.remote;

import java.util.Map;
import vn.khaothi.engine.domain.remote.RequestStatus;

/** How many requests of a group are in each status. */
public record StatusCounts(int pending, int approved, int rejected, int withdrawn) {

    static StatusCounts of(Map<RequestStatus, Integer> counts) {
        return new StatusCounts(counts.getOrDefault(RequestStatus.PENDING, 0), counts.getOrDefault(RequestStatus.APPROVED, 0),
                counts.getOrDefault(RequestStatus.REJECTED, 0), counts.getOrDefault(RequestStatus.WITHDRAWN, 0));
    }

    public int total() {
        return pending + approved + rejected + withdrawn;
    }
}
