package vn.khaothi.engine.domain.account;

import java.util.Optional;

/**
 * Where accounts (tài khoản) are kept, in the caller's transaction. An account read here is the
 * unit of work's: its changes ({@link Account#deactivate()}, a new password, new roles) are stored
 * when the transaction commits. Implemented in {@code infrastructure.account}.
 */
public interface AccountRepository {

    Optional<Account> byUsername(String username);

    /** A new account, stored with the transaction. */
    void add(Account account);
}
