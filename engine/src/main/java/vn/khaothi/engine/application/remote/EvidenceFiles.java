package vn.khaothi.engine.application.remote;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.khaothi.engine.domain.remote.ConflictException;
import vn.khaothi.engine.domain.remote.EvidenceRef;
import vn.khaothi.engine.domain.remote.InvalidRemoteRequestException;
import vn.khaothi.engine.domain.remote.NotAllowedException;
import vn.khaothi.engine.domain.remote.RemoteRequest;
import vn.khaothi.engine.domain.remote.RemoteRequestNotFoundException;

/**
 * Evidence files (minh chứng) of remote requests. The upload comes first: the type
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

    private final RemoteStore store;
    private final Clock clock;

    public EvidenceFiles(RemoteStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public EvidenceFiles(RemoteStore store) {
        this(store, Clock.systemUTC());
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
        return store.inTransaction(session -> {
            EvidenceStore files = session.evidence();
            files.dropUnclaimed(uploader, now.minus(UNCLAIMED_LIFETIME));
            if (files.unclaimed(uploader) >= MAX_UNCLAIMED) {
                throw new InvalidRemoteRequestException("file", "TOO_MANY_UPLOADS", "you hold " + MAX_UNCLAIMED
                        + " uploads that no request names: file a request with them or remove some first");
            }
            files.insert(file, content);
            return file;
        });
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
        store.inTransaction(session -> {
            session.evidence().deleteUnattached(id);
            return null;
        });
    }

    /** The files (without bytes) with these ids that exist. */
    public Map<String, EvidenceFile> find(Set<String> ids) {
        return ids.isEmpty() ? new java.util.LinkedHashMap<>() : store.inTransaction(session -> session.evidence().find(ids));
    }

    /** A file's bytes; the caller has already been allowed by the workflow. */
    public Optional<byte[]> content(String id) {
        return store.inTransaction(session -> session.evidence().content(id));
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
