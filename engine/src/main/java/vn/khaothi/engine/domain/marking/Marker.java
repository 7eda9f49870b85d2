package vn.khaothi.engine.domain.marking;

/**
 * Who marks (giám khảo): an account's username, and whether they may take the department head's
 * decision on a disputed item (a department head, or the management). The application decides the
 * flag from the roles; the domain only uses it.
 */
public record Marker(String username, boolean head) {

    public Marker {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a marker has a username");
        }
    }
}
