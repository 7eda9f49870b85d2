package vn.khaothi.rules.online;

import java.util.List;

/** The answer of the API: allowed, or what is still required (in a fixed order). */
public record OnlinePermission(boolean allowed, List<OnlineRequirement> requires) {

    public OnlinePermission {
        requires = List.copyOf(requires);
    }
}
