package vn.khaothi.rules.online;

import java.util.List;

/** Whether a remote request may go to the principal, and if not, why (obstacle codes). */
public record RemoteEligibility(boolean eligible, List<String> obstacles) {

    public RemoteEligibility {
        obstacles = List.copyOf(obstacles);
    }
}
