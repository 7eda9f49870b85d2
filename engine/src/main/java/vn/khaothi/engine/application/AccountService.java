package vn.khaothi.engine.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import vn.khaothi.engine.domain.account.Account;
import vn.khaothi.engine.domain.account.AccountRepository;
import vn.khaothi.engine.domain.account.SignInFailureRepository;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.account.SignInDelay;
import vn.khaothi.engine.domain.account.SignInFailures;

/** Accounts: sign-in slowed by {@link SignInDelay}, creation, lookup, and the changes that end tokens. */
@ApplicationScoped
@Transactional
public class AccountService {

    /** Passwords chosen by a person (not the initial ones handed out): at least this long. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private static final SignInDelay PER_USERNAME = SignInDelay.perUsername();
    private static final SignInDelay PER_ADDRESS = SignInDelay.perAddress();

    /** A hash of a random password, checked when the username is unknown so both paths cost the same. */
    private volatile String decoyHash;

    @Inject
    AccountRepository accounts;

    @Inject
    SignInFailureRepository failures;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenRevocation revocation;

    Clock clock = Clock.systemUTC();

    /**
     * Checks a password unless failed tries of this username, or a burst from this address, ask
     * to wait first (the wait is never more than {@link SignInDelay#MAX_DELAY}).
     */
    public SignIn signIn(String username, String password, String address) {
        Instant now = clock.instant();
        String userKey = SignInFailures.ofUsername(username);
        String addressKey = SignInFailures.ofAddress(address == null ? "unknown" : address);
        Optional<SignInFailures> byUser = failures.locked(userKey);
        Optional<SignInFailures> byAddress = failures.read(addressKey);
        Optional<Instant> wait = later(byUser.flatMap(f -> f.waitUntil(PER_USERNAME, now)),
                byAddress.flatMap(f -> f.waitUntil(PER_ADDRESS, now)));
        if (wait.isPresent()) {
            // Refused without checking the password: a guess during the wait tells nothing.
            return new SignIn.Throttled(wait.get());
        }
        Optional<Account> account = findByUsername(username).filter(Account::active);
        boolean ok;
        if (account.isPresent()) {
            ok = hasher.matches(password, account.get().passwordHash());
        } else {
            hasher.matches(password, decoyHash()); // same cost as a real check: no user enumeration by timing
            ok = false;
        }
        if (ok) {
            byUser.ifPresent(failures::clear);
            return new SignIn.Accepted(account.get());
        }
        failure(userKey, PER_USERNAME, now);
        failure(addressKey, PER_ADDRESS, now);
        return new SignIn.Rejected();
    }

    private void failure(String subject, SignInDelay policy, Instant now) {
        failures.lockedOrNew(subject, now).recordFailure(policy, now);
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
    }

    public Optional<Account> findByUsername(String username) {
        return accounts.byUsername(username);
    }

    public Account create(String username, String password, String displayName, Set<Role> roles) {
        Account account = new Account(username, hasher.hash(password), displayName, roles, false);
        accounts.add(account);
        return account;
    }

    /** The outcome of a password change. */
    public enum PasswordChange { CHANGED, WRONG_PASSWORD, TOO_SHORT, UNCHANGED }

    /** The person changes their own password (knowing the current one); every token of theirs ends. */
    public PasswordChange changePassword(String username, String current, String next) {
        Account account = findByUsername(username).filter(Account::active).orElse(null);
        if (account == null || current == null || !hasher.matches(current, account.passwordHash())) {
            return PasswordChange.WRONG_PASSWORD;
        }
        if (next == null || next.length() < MIN_PASSWORD_LENGTH) {
            return PasswordChange.TOO_SHORT;
        }
        if (next.equals(current)) {
            return PasswordChange.UNCHANGED;
        }
        account.changePasswordHash(hasher.hash(next));
        revocation.forget(username);
        return PasswordChange.CHANGED;
    }

    /** An administrator disables (or enables again) an account; disabling ends its tokens. */
    public Optional<Account> setActive(String username, boolean active) {
        Optional<Account> account = findByUsername(username);
        account.ifPresent(a -> {
            if (active) {
                a.activate();
            } else {
                a.deactivate();
            }
            revocation.forget(username);
        });
        return account;
    }

    /** An administrator sets an account's roles; a change ends its tokens (they carry the old roles). */
    public Optional<Account> setRoles(String username, Set<Role> roles) {
        Optional<Account> account = findByUsername(username);
        account.ifPresent(a -> {
            a.changeRoles(roles);
            revocation.forget(username);
        });
        return account;
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash(java.util.UUID.randomUUID().toString());
        }
        return decoyHash;
    }
}
