package vn.khaothi.engine.application.remote;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.jdbc.SqlTimes;
import vn.khaothi.engine.domain.remote.ConflictException;
import vn.khaothi.engine.domain.remote.EvidenceRef;
import vn.khaothi.engine.domain.remote.InvalidRemoteRequestException;
import vn.khaothi.engine.domain.remote.NotAllowedException;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.engine.domain.remote.RemoteRequestNotFoundException;

/**
 * Evidence files in table {@code evidence_file} (V2026_11_22_31). The upload comes first: the type
 * is detected from the bytes and must be a PDF or an image (JPEG, PNG, WebP) of at most 10 MB, or
 * nothing is stored. Filing a request then {@linkplain #claim claims} the uploader's own files by
 * id. Who may read a file's bytes is decided by the workflow ({@code evidence(actor, request)}),
 * not here: this class never serves a file on its own authority.
 */
public final class EvidenceFiles {

    /** Uploads that no request names are dropped after a day (a form abandoned half-way). */
    static final Duration UNCLAIMED_LIFETIME = Duration.ofHours(24);
    static final int MAX_NAME = 200;
    /** Uploads one person may hold that no request names yet: 20 × 10 MB bounds what an account can park. */
    static final int MAX_UNCLAIMED = 20;

    private static final String COLUMNS = "f.id, f.uploaded_by, f.file_name, f.content_type, f.size_bytes, f.sha256,"
            + " f.uploaded_at, (SELECT MIN(e.request_id) FROM remote_request_evidence e WHERE e.file_id = f.id) AS request_id";

    private final DataSource dataSource;
    private final Clock clock;

    public EvidenceFiles(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public EvidenceFiles(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /**
     * Stores an uploaded file for its uploader, or refuses it ({@code INVALID} with
     * {@code EVIDENCE_SIZE} or {@code EVIDENCE_TYPE}) storing nothing.
     */
    public EvidenceFile store(String uploader, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidRemoteRequestException("file", "EVIDENCE_SIZE", "the file is empty");
        }
        if (content.length > EvidenceRef.MAX_BYTES) {
            throw new InvalidRemoteRequestException("file", "EVIDENCE_SIZE",
                    "the file is larger than 10 MB (" + content.length + " bytes)");
        }
        String type = EvidenceTypes.detect(content);
        if (!EvidenceRef.ACCEPTED_TYPES.contains(type)) {
            throw new InvalidRemoteRequestException("file", "EVIDENCE_TYPE",
                    "evidence must be a PDF or an image (JPEG, PNG, WebP); this file's content is " + type);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        EvidenceFile file = new EvidenceFile(UUID.randomUUID().toString(), uploader, cleanName(fileName, type), type,
                content.length, sha256(content), now, null);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                dropUnclaimed(c, uploader, now.minus(UNCLAIMED_LIFETIME));
                if (unclaimed(c, uploader) >= MAX_UNCLAIMED) {
                    throw new InvalidRemoteRequestException("file", "TOO_MANY_UPLOADS", "you hold " + MAX_UNCLAIMED
                            + " uploads that no request names: file a request with them or remove some first");
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO evidence_file (id, uploaded_by, file_name,"
                        + " content_type, size_bytes, sha256, content, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, file.id());
                    insert.setString(2, uploader);
                    insert.setString(3, file.fileName());
                    insert.setString(4, type);
                    insert.setLong(5, content.length);
                    insert.setString(6, file.sha256());
                    insert.setBytes(7, content);
                    insert.setObject(8, SqlTimes.toDb(now));
                    insert.executeUpdate();
                }
                c.commit();
                return file;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the evidence file: " + e.getMessage(), e);
        }
    }

    /**
     * The references of the filer's own uploads named in a request, in the order given; any id
     * that is unknown, someone else's, already on a request, or repeated is refused
     * ({@code INVALID EVIDENCE_ID}).
     */
    public List<EvidenceRef> claim(String filer, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > RemoteRequest.MAX_EVIDENCE) {
            throw new InvalidRemoteRequestException("evidence", "TOO_MANY_EVIDENCE_FILES",
                    "at most " + RemoteRequest.MAX_EVIDENCE + " evidence files");
        }
        Set<String> distinct = new LinkedHashSet<>(ids);
        if (distinct.size() != ids.size() || distinct.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new InvalidRemoteRequestException("evidence", "EVIDENCE_ID", "each evidence file is named once, by its id");
        }
        Map<String, EvidenceFile> found = find(distinct);
        List<EvidenceRef> refs = new ArrayList<>();
        for (String id : distinct) {
            EvidenceFile file = found.get(id);
            if (file == null || !file.uploadedBy().equals(filer)) {
                throw new InvalidRemoteRequestException("evidence", "EVIDENCE_ID",
                        "no uploaded file " + id + " of yours: upload the evidence first");
            }
            if (file.attached()) {
                throw new InvalidRemoteRequestException("evidence", "EVIDENCE_ID",
                        "the file " + id + " is already part of another request");
            }
            refs.add(file.ref());
        }
        return refs;
    }

    /** The uploader removes an upload no request names yet (a wrong file chosen). */
    public void discard(String uploader, String id) {
        EvidenceFile file = find(Set.of(id)).get(id);
        if (file == null) {
            throw new RemoteRequestNotFoundException("EVIDENCE_NOT_FOUND", "no evidence file " + id);
        }
        if (!file.uploadedBy().equals(uploader)) {
            throw new NotAllowedException("NOT_THE_UPLOADER", "only the uploader may remove this file");
        }
        if (file.attached()) {
            throw new ConflictException("EVIDENCE_ATTACHED", "the file is part of a request and stays with it");
        }
        update("DELETE FROM evidence_file WHERE id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM remote_request_evidence e WHERE e.file_id = evidence_file.id)", id);
    }

    /** The files (without bytes) with these ids that exist. */
    public Map<String, EvidenceFile> find(Set<String> ids) {
        Map<String, EvidenceFile> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM evidence_file f WHERE f.id IN (" + marks + ")")) {
            int i = 1;
            for (String id : ids) {
                select.setString(i++, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    EvidenceFile file = read(rs);
                    found.put(file.id(), file);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read evidence files: " + e.getMessage(), e);
        }
        return found;
    }

    /** A file's bytes; the caller has already been allowed by the workflow. */
    public Optional<byte[]> content(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT content FROM evidence_file WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read an evidence file: " + e.getMessage(), e);
        }
    }

    private static void dropUnclaimed(Connection c, String uploader, Instant before) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM evidence_file WHERE uploaded_by = ? AND uploaded_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM remote_request_evidence e WHERE e.file_id = evidence_file.id)")) {
            delete.setString(1, uploader);
            delete.setObject(2, SqlTimes.toDb(before));
            delete.executeUpdate();
        }
    }

    private static int unclaimed(Connection c, String uploader) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM evidence_file WHERE uploaded_by = ?"
                + " AND NOT EXISTS (SELECT 1 FROM remote_request_evidence e WHERE e.file_id = evidence_file.id) FOR UPDATE")) {
            count.setString(1, uploader);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void update(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change evidence files: " + e.getMessage(), e);
        }
    }

    private static EvidenceFile read(ResultSet rs) throws SQLException {
        return new EvidenceFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), SqlTimes.fromDb(rs.getObject(7, LocalDateTime.class)), rs.getString(8));
    }

    /** A display name: no path, no control characters, at most 200 characters; a default by type. */
    static String cleanName(String given, String type) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        // Controls, and the invisible format characters (U+202E RIGHT-TO-LEFT OVERRIDE makes
        // "benh\u202Eexe.pdf" read as "benhfdp.exe"; zero-width ones hide a different name).
        name = name.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                        && Character.getType(cp) != Character.LINE_SEPARATOR && Character.getType(cp) != Character.PARAGRAPH_SEPARATOR)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            name = "minh-chung." + switch (type) {
                case "application/pdf" -> "pdf";
                case "image/jpeg" -> "jpg";
                case "image/png" -> "png";
                default -> "webp";
            };
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
