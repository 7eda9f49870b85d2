package vn.khaothi.engine.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.khaothi.engine.domain.remote.Delegations;
import vn.khaothi.engine.domain.remote.Delegation;

/** Delegations in table {@code delegation}, on the caller's connection. Never deleted: history. */
public final class JdbcDelegations implements Delegations {

    private static final String COLUMNS = "id, principal_id, deputy_id, scope, valid_from, valid_until, recorded_by, recorded_at";

    private final Connection connection;

    public JdbcDelegations(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void insert(Delegation d) {
        try {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO delegation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, d.id());
                insert.setString(2, d.principalId());
                insert.setString(3, d.deputyId());
                insert.setString(4, d.scope());
                insert.setObject(5, SqlTimes.toDb(d.validFrom()));
                insert.setObject(6, SqlTimes.toDb(d.validUntil()));
                insert.setString(7, d.recordedBy());
                insert.setObject(8, SqlTimes.toDb(d.recordedAt()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every delegation ever given to this person (the domain picks the one valid at an instant). */
    @Override
    public List<Delegation> toDeputy(String deputyId) {
        try {
            List<Delegation> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM delegation WHERE deputy_id = ? ORDER BY valid_from, id")) {
                select.setString(1, deputyId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Delegation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                SqlTimes.fromDb(rs.getObject(5, LocalDateTime.class)),
                                SqlTimes.fromDb(rs.getObject(6, LocalDateTime.class)), rs.getString(7),
                                SqlTimes.fromDb(rs.getObject(8, LocalDateTime.class))));
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** One delegation by id. */
    @Override
    public java.util.Optional<Delegation> byId(String id) {
        try {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM delegation WHERE id = ? FOR UPDATE")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return java.util.Optional.empty();
                    }
                    return java.util.Optional.of(new Delegation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            SqlTimes.fromDb(rs.getObject(5, LocalDateTime.class)),
                            SqlTimes.fromDb(rs.getObject(6, LocalDateTime.class)), rs.getString(7),
                            SqlTimes.fromDb(rs.getObject(8, LocalDateTime.class))));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Ends a delegation's period (revocation), saying who and when. */
    @Override
    public void revoke(Delegation revoked, String by, java.time.Instant at) {
        try {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE delegation SET valid_until = ?, revoked_at = ?, revoked_by = ? WHERE id = ?")) {
                update.setObject(1, SqlTimes.toDb(revoked.validUntil()));
                update.setObject(2, SqlTimes.toDb(at));
                update.setString(3, by);
                update.setString(4, revoked.id());
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The active accounts holding the PRINCIPAL role: the only ones whose authority can be delegated. */
    @Override
    public List<String> schoolPrincipals() {
        try {
            List<String> found = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT a.username FROM account a"
                    + " JOIN account_role r ON r.account_id = a.id WHERE a.active AND r.role = 'PRINCIPAL'");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Unchecked for the domain's port; the store maps an integrity violation to a conflict. */
    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("delegation storage failed: " + e.getMessage(), e);
    }
}
