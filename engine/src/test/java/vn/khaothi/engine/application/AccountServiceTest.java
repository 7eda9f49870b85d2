package vn.khaothi.engine.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.domain.account.Account;
import vn.khaothi.engine.domain.account.AccountRepository;
import vn.khaothi.engine.domain.account.SignInFailureRepository;
import vn.khaothi.engine.domain.account.SignInFailures;
import vn.khaothi.engine.domain.account.TokenState;
import vn.khaothi.engine.domain.account.TokenStates;
import vn.khaothi.itembank.domain.workflow.Role;

/**
 * The account use cases over their ports, without a container: sign-in slowed per username after
 * the free failures (and a success forgets the streak), password changes and account changes end
 * the tokens at once on this node.
 */
class AccountServiceTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    /** Accounts and failures in memory; rows read are the stored objects, as a unit of work's are. */
    static final class Store implements AccountRepository, SignInFailureRepository {
        final Map<String, Account> accounts = new HashMap<>();
        final Map<String, SignInFailures> failures = new HashMap<>();

        @Override
        public Optional<Account> byUsername(String username) {
            return Optional.ofNullable(accounts.get(username));
        }

        @Override
        public void add(Account account) {
            accounts.put(account.username(), account);
        }

        @Override
        public Optional<SignInFailures> locked(String subject) {
            return Optional.ofNullable(failures.get(subject));
        }

        @Override
        public Optional<SignInFailures> read(String subject) {
            return Optional.ofNullable(failures.get(subject));
        }

        @Override
        public SignInFailures lockedOrNew(String subject, Instant now) {
            return failures.computeIfAbsent(subject, SignInFailures::new);
        }

        @Override
        public void clear(SignInFailures row) {
            failures.values().remove(row);
        }
    }

    /** A readable stand-in for PBKDF2. */
    static final class PlainHasher extends PasswordHasher {
        @Override
        public String hash(String password) {
            return "h:" + password;
        }

        @Override
        public boolean matches(String password, String storedHash) {
            return storedHash.equals("h:" + password);
        }
    }

    private final Store store = new Store();
    private final Map<String, Integer> epochs = new HashMap<>();
    private final AccountService service = new AccountService();
    private Instant now = T0;

    @BeforeEach
    void wire() {
        service.accounts = store;
        service.failures = store;
        service.hasher = new PlainHasher();
        service.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        TokenStates states = new TokenStates() {
            @Override
            public TokenState of(String username, Instant at) {
                return store.byUsername(username)
                        .map(a -> new TokenState(true, a.active(), a.tokenEpoch(), Set.of())).orElse(TokenState.UNKNOWN);
            }

            @Override
            public void revoke(String username, String jti, Instant expiresAt, Instant at) {
            }

            @Override
            public void dropExpired(Instant at) {
            }
        };
        // a ticker that never moves: only forget() can make a change seen
        service.revocation = new TokenRevocation(states, Clock.fixed(T0, ZoneOffset.UTC), (Ticker) () -> 0L);
        service.create("gv01", "dung-mat-khau", "Giáo viên 01", Set.of(Role.TEACHER));
    }

    @Test
    void threeMistakesAreFreeThenTheWaitDoublesAndASuccessForgetsTheStreak() {
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(SignIn.Rejected.class, service.signIn("gv01", "sai", "10.0.0.1"));
        }
        assertInstanceOf(SignIn.Rejected.class, service.signIn("gv01", "sai", "10.0.0.1"), "the fourth is checked");
        SignIn throttled = service.signIn("gv01", "dung-mat-khau", "10.0.0.1");
        assertEquals(new SignIn.Throttled(T0.plusSeconds(1)), throttled, "right password, but within the wait");
        now = T0.plusSeconds(1);
        assertInstanceOf(SignIn.Accepted.class, service.signIn("gv01", "dung-mat-khau", "10.0.0.1"));
        assertFalse(store.failures.containsKey(SignInFailures.ofUsername("gv01")), "the streak is forgotten");
        assertEquals(4, store.failures.get(SignInFailures.ofAddress("10.0.0.1")).failures(),
                "the address keeps its count (forty are free)");
    }

    @Test
    void anUnknownUsernameCountsAFailureLikeAWrongPassword() {
        assertInstanceOf(SignIn.Rejected.class, service.signIn("khong-co", "x", null));
        assertEquals(1, store.failures.get(SignInFailures.ofUsername("khong-co")).failures());
        assertEquals(1, store.failures.get(SignInFailures.ofAddress("unknown")).failures());
    }

    @Test
    void aPasswordChangeEndsTheTokensAtOnce() {
        int epoch = store.accounts.get("gv01").tokenEpoch();
        assertTrue(service.revocation.accepts("gv01", epoch, "t1"));
        assertEquals(AccountService.PasswordChange.WRONG_PASSWORD, service.changePassword("gv01", "sai", "mat-khau-moi"));
        assertEquals(AccountService.PasswordChange.TOO_SHORT, service.changePassword("gv01", "dung-mat-khau", "ngan"));
        assertEquals(AccountService.PasswordChange.UNCHANGED,
                service.changePassword("gv01", "dung-mat-khau", "dung-mat-khau"));
        assertTrue(service.revocation.accepts("gv01", epoch, "t1"), "nothing changed yet");
        assertEquals(AccountService.PasswordChange.CHANGED,
                service.changePassword("gv01", "dung-mat-khau", "mat-khau-moi"));
        assertFalse(service.revocation.accepts("gv01", epoch, "t1"), "the old epoch's token is refused");
        assertInstanceOf(SignIn.Accepted.class, service.signIn("gv01", "mat-khau-moi", "10.0.0.1"));
    }

    @Test
    void disablingAndNewRolesEndTheTokensAtOnce() {
        Account account = store.accounts.get("gv01");
        int epoch = account.tokenEpoch();
        assertTrue(service.revocation.accepts("gv01", epoch, "t1"));
        service.setRoles("gv01", Set.of(Role.TEACHER, Role.DEPARTMENT_HEAD));
        assertFalse(service.revocation.accepts("gv01", epoch, "t1"), "roles changed");
        assertTrue(service.revocation.accepts("gv01", account.tokenEpoch(), "t2"));
        service.setActive("gv01", false);
        assertFalse(service.revocation.accepts("gv01", account.tokenEpoch(), "t2"), "disabled");
        assertInstanceOf(SignIn.Rejected.class, service.signIn("gv01", "dung-mat-khau", "10.0.0.1"));
        assertEquals(Optional.empty(), service.setActive("khong-co", true));
    }
}
