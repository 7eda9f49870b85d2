package vn.khaothi.engine.infrastructure.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.khaothi.engine.domain.audit.AuditChain;
import vn.khaothi.engine.domain.audit.AuditEntry;
import vn.khaothi.engine.domain.audit.AuditEvent;
import vn.khaothi.engine.domain.audit.AuditTrail;
import vn.khaothi.engine.domain.audit.ChainHead;
import vn.khaothi.engine.domain.audit.ChainVerification;

/**
 * The audit trail in tables {@code audit_entry} and {@code audit_head}, on the caller's connection
 * and so in the caller's transaction: an entry is stored with the change it records, or not at
 * all. Appends lock the head row ({@code SELECT … FOR UPDATE}), which keeps the chain a chain when
 * several requests append at once. The database refuses UPDATE and DELETE on {@code audit_entry}.
 */
public final class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS = "sequence, at, actor, on_behalf_of, action, subject_id, details, previous_hash, hash";

    private final Connection connection;

    public JdbcAuditTrail(Connection connection) {
        this.connection = connection;
    }

    @Override
    public AuditEntry append(AuditEvent event) {
        try {
            ChainHead head = head(true);
            AuditEntry entry = AuditChain.next(head, event);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, entry.sequence());
                insert.setObject(2, toDb(entry.at()));
                insert.setString(3, entry.actor());
                insert.setString(4, entry.onBehalfOf());
                insert.setString(5, entry.action());
                insert.setString(6, entry.subjectId());
                insert.setString(7, entry.details());
                insert.setString(8, entry.previousHash());
                insert.setString(9, entry.hash());
                insert.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE audit_head SET sequence = ?, hash = ? WHERE id = 1")) {
                update.setLong(1, entry.sequence());
                update.setString(2, entry.hash());
                update.executeUpdate();
            }
            return entry;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append to the audit trail", e);
        }
    }

    @Override
    public List<AuditEntry> about(String subjectId) {
        return select("SELECT " + COLUMNS + " FROM audit_entry WHERE subject_id = ? ORDER BY sequence", subjectId);
    }

    /** Every entry in sequence order. */
    public List<AuditEntry> entries() {
        return select("SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence", null);
    }

    @Override
    public ChainVerification verify() {
        try {
            ChainHead head = head(false);
            return AuditChain.verify(entries(), head.sequence() == 0 ? null : head);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
    }

    private ChainHead head(boolean lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sequence, hash FROM audit_head WHERE id = 1" + (lock ? " FOR UPDATE" : ""));
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("audit_head has no row: the schema was not migrated");
            }
            return new ChainHead(rs.getLong(1), rs.getString(2));
        }
    }

    private List<AuditEntry> select(String sql, String parameter) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), fromDb(rs.getObject(2, LocalDateTime.class)),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
    }

    /** Instants are stored as UTC date-times (DATETIME(3)), untouched by the session time zone. */
    static LocalDateTime toDb(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant fromDb(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
