package vn.khaothi.web.sitting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.khaothi.proctor.live.SocketAuthenticator;
import vn.khaothi.web.security.TokenService;

/** The sockets' hello token is the REST bearer token: verified with the same key. */
@ApplicationScoped
public class TokenSocketAuthenticator implements SocketAuthenticator {

    @Inject
    TokenService tokens;

    @Override
    public Optional<SocketUser> verify(String token) {
        return tokens.verify(token).map(c -> new SocketUser(c.username(), c.roles()));
    }
}
