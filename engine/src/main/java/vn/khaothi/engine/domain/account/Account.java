package vn.khaothi.engine.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import vn.khaothi.itembank.domain.workflow.Role;

/** A person who signs in (tài khoản): a username, a PBKDF2 password hash and roles. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private boolean demo;

    /**
     * Every token carries the epoch it was issued under; raising it ends all of the account's
     * tokens at once (password change, disabled account, role change: issue 11, finding 12).
     */
    @Column(name = "token_epoch", nullable = false)
    private int tokenEpoch;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String username, String passwordHash, String displayName, Set<Role> roles, boolean demo) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.demo = demo;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public boolean active() {
        return active;
    }

    public boolean demo() {
        return demo;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public int tokenEpoch() {
        return tokenEpoch;
    }

    /** Disabled: signs in no more, and every token it holds stops working. */
    public void deactivate() {
        this.active = false;
        this.tokenEpoch++;
    }

    public void activate() {
        this.active = true;
    }

    /** A new password ends every token issued under the old one (a stolen token dies with it). */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.tokenEpoch++;
    }

    /** New roles: tokens carry roles, so the old tokens end and the person signs in again. */
    public void changeRoles(Set<Role> newRoles) {
        Set<Role> next = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        if (!next.equals(roles())) {
            this.roles = next;
            this.tokenEpoch++;
        }
    }
}
