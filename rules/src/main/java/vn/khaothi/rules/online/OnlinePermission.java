package vn.khaothi.rules.online;

import java.util.List;

/**
 * The answer of the API: allowed, or what is still required (in a fixed order). {@code inPersonOnly}
 * is true when nothing can make it online (a retest): {@code requires} is then empty.
 */
public record OnlinePermission(boolean allowed, List<OnlineRequirement> requires, boolean inPersonOnly) {

    public OnlinePermission {
        requires = List.copyOf(requires);
    }

    public OnlinePermission(boolean allowed, List<OnlineRequirement> requires) {
        this(allowed, requires, false);
    }
}
