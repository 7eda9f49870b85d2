package vn.khaothi.engine.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.khaothi.engine.application.remote.EvidenceFile;
import vn.khaothi.engine.application.remote.EvidenceStore;

/** Evidence files in table {@code evidence_file} (V2026_11_22_31), on the transaction's connection. */
final class JdbcEvidenceFiles implements EvidenceStore {

    private static final String COLUMNS = "f.id, f.uploaded_by, f.file_name, f.content_type, f.size_bytes, f.sha256,"
            + " f.uploaded_at, (SELECT MIN(e.request_id) FROM remote_request_evidence e WHERE e.file_id = f.id) AS request_id";
    private static final String UNCLAIMED = " AND NOT EXISTS (SELECT 1 FROM remote_request_evidence e"
            + " WHERE e.file_id = evidence_file.id)";

    private final Connection c;

    JdbcEvidenceFiles(Connection connection) {
        this.c = connection;
    }

    @Override
    public void dropUnclaimed(String uploader, Instant before) {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM evidence_file WHERE uploaded_by = ?"
                + " AND uploaded_at < ?" + UNCLAIMED)) {
            delete.setString(1, uploader);
            delete.setObject(2, SqlTimes.toDb(before));
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failed("could not store the evidence file", e);
        }
    }

    @Override
    public int unclaimed(String uploader) {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM evidence_file WHERE uploaded_by = ?"
                + UNCLAIMED + " FOR UPDATE")) {
            count.setString(1, uploader);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failed("could not store the evidence file", e);
        }
    }

    @Override
    public void insert(EvidenceFile file, byte[] content) {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO evidence_file (id, uploaded_by, file_name,"
                + " content_type, size_bytes, sha256, content, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, file.id());
            insert.setString(2, file.uploadedBy());
            insert.setString(3, file.fileName());
            insert.setString(4, file.contentType());
            insert.setLong(5, file.sizeBytes());
            insert.setString(6, file.sha256());
            insert.setBytes(7, content);
            insert.setObject(8, SqlTimes.toDb(file.uploadedAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failed("could not store the evidence file", e);
        }
    }

    @Override
    public Map<String, EvidenceFile> find(Set<String> ids) {
        Map<String, EvidenceFile> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM evidence_file f WHERE f.id IN ("
                + marks + ")")) {
            int i = 1;
            for (String id : ids) {
                select.setString(i++, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    EvidenceFile file = new EvidenceFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), SqlTimes.fromDb(rs.getObject(7, LocalDateTime.class)),
                            rs.getString(8));
                    found.put(file.id(), file);
                }
            }
        } catch (SQLException e) {
            throw failed("could not read evidence files", e);
        }
        return found;
    }

    @Override
    public Optional<byte[]> content(String id) {
        try (PreparedStatement select = c.prepareStatement("SELECT content FROM evidence_file WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("could not read an evidence file", e);
        }
    }

    @Override
    public void deleteUnattached(String id) {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM evidence_file WHERE id = ?" + UNCLAIMED)) {
            delete.setString(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failed("could not change evidence files", e);
        }
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + ": " + e.getMessage(), e);
    }
}
