package vn.khaothi.engine.application;

import java.time.Instant;
import vn.khaothi.engine.domain.account.Account;

/** The outcome of a sign-in attempt. Unknown user and wrong password are the same outcome. */
public sealed interface SignIn {

    record Accepted(Account account) implements SignIn {
    }

    record Rejected() implements SignIn {
    }

    /** Too many failures: try again after {@code until}. */
    record Throttled(Instant until) implements SignIn {
    }
}
