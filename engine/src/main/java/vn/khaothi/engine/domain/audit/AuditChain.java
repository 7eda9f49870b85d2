package vn.khaothi.engine.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The hash chain behind the audit trail. Each entry's hash is SHA-256 over the previous entry's
 * hash and the entry's canonical content (sequence, instant, actor, on-behalf-of, action, subject,
 * details), so changing, removing or moving any entry breaks the chain from there on; removing
 * entries at the end is caught against the last known head.
 */
public final class AuditChain {

    /** The "previous hash" of entry 1. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry that follows {@code previous} (null for the first entry). */
    public static AuditEntry next(AuditEntry previous, AuditEvent event) {
        return next(previous == null ? new ChainHead(0, GENESIS) : new ChainHead(previous.sequence(), previous.hash()), event);
    }

    /** The entry that follows the given head ({@code (0, GENESIS)} for an empty trail). */
    public static AuditEntry next(ChainHead head, AuditEvent event) {
        long sequence = head.sequence() + 1;
        String previousHash = head.hash();
        String hash = hash(previousHash, sequence, event);
        return new AuditEntry(sequence, event.at(), event.actor(), event.onBehalfOf(), event.action(),
                event.subjectId(), event.details(), previousHash, hash);
    }

    /** SHA-256 (hex) of the previous hash and the canonical content. */
    public static String hash(String previousHash, long sequence, AuditEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(canonical(sequence, event).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The content that is hashed: each field as {@code <length>:<text>;} (null as {@code -;}),
     * so that no two different entries spell the same.
     */
    static String canonical(long sequence, AuditEvent event) {
        StringBuilder out = new StringBuilder();
        for (String field : new String[] {Long.toString(sequence), event.at().toString(), event.actor(),
                event.onBehalfOf(), event.action(), event.subjectId(), event.details()}) {
            if (field == null) {
                out.append("-;");
            } else {
                out.append(field.length()).append(':').append(field).append(';');
            }
        }
        return out.toString();
    }

    /** Verifies entries in stored order, without a known head. */
    public static ChainVerification verify(List<AuditEntry> entries) {
        return verify(entries, null);
    }

    /**
     * Verifies entries as read in sequence order: each entry's own hash, the link to the entry
     * before it and the numbering; with {@code head} (the last sequence and hash the writer knew),
     * also that nothing was cut off the end. Every problem found is listed with its sequence.
     */
    public static ChainVerification verify(List<AuditEntry> entries, ChainHead head) {
        List<ChainVerification.Problem> problems = new ArrayList<>();
        Map<String, Long> sequenceByHash = new HashMap<>();
        for (AuditEntry entry : entries) {
            sequenceByHash.put(entry.hash(), entry.sequence());
        }
        AuditEntry previous = null;
        for (AuditEntry entry : entries) {
            long expected = previous == null ? 1 : previous.sequence() + 1;
            String expectedPrevious = previous == null ? GENESIS : previous.hash();
            if (!hash(entry.previousHash(), entry.sequence(), entry.event()).equals(entry.hash())) {
                problems.add(new ChainVerification.Problem(entry.sequence(), ChainVerification.Kind.EDITED,
                        "entry " + entry.sequence() + " does not match its hash: its content was changed"));
            }
            if (!entry.previousHash().equals(expectedPrevious)) {
                Long linkedTo = sequenceByHash.get(entry.previousHash());
                if (linkedTo != null) {
                    problems.add(new ChainVerification.Problem(entry.sequence(), ChainVerification.Kind.REORDERED,
                            "entry " + entry.sequence() + " follows entry " + linkedTo + " in the chain but is stored after "
                                    + (previous == null ? "nothing" : "entry " + previous.sequence())));
                } else if (entry.sequence() > expected) {
                    problems.add(new ChainVerification.Problem(expected, ChainVerification.Kind.REMOVED,
                            "entries " + expected + " to " + (entry.sequence() - 1) + " are missing"));
                } else {
                    problems.add(new ChainVerification.Problem(entry.sequence(), ChainVerification.Kind.BROKEN_LINK,
                            "entry " + entry.sequence() + " does not follow "
                                    + (previous == null ? "the start of the chain" : "entry " + previous.sequence())
                                    + ": that entry was changed and re-hashed, or the one between was removed"));
                }
            } else if (entry.sequence() != expected) {
                problems.add(new ChainVerification.Problem(entry.sequence(), ChainVerification.Kind.RENUMBERED,
                        "entry " + entry.sequence() + " should be number " + expected));
            }
            previous = entry;
        }
        if (head != null) {
            long last = previous == null ? 0 : previous.sequence();
            if (last < head.sequence()) {
                problems.add(new ChainVerification.Problem(last + 1, ChainVerification.Kind.REMOVED,
                        "entries " + (last + 1) + " to " + head.sequence() + " are missing from the end"));
            } else if (previous != null && last == head.sequence() && !previous.hash().equals(head.hash())) {
                problems.add(new ChainVerification.Problem(last, ChainVerification.Kind.EDITED,
                        "the last entry is not the one the trail recorded as its head"));
            }
        }
        return new ChainVerification(entries.size(), problems);
    }
}
