package vn.khaothi.proctor.live;

import java.util.Optional;
import java.util.Set;

/**
 * Verifies the token of a socket's {@code hello} (the same bearer token as REST). The web module
 * provides it (it owns the signing key); the sockets only need the username and roles.
 */
public interface SocketAuthenticator {

    Optional<SocketUser> verify(String token);

    record SocketUser(String username, Set<String> roles) {
    }
}
