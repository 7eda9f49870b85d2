package vn.khaothi.engine.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hash chain: an intact trail verifies; every kind of tampering is found and located. */
class AuditChainTest {

    private static final Instant T0 = Instant.parse("2025-10-20T01:00:00.123Z");

    private InMemoryAuditTrail trail;
    private List<AuditEntry> entries;

    @BeforeEach
    void fiveEntries() {
        trail = new InMemoryAuditTrail();
        trail.append(AuditEvent.of(T0, "gvcn.9a1", null, "REMOTE_REQUEST_FILED", "r-1",
                Map.of("reason", "ILLNESS", "citations", List.of("TT09 Art. 8"))));
        trail.append(AuditEvent.of(T0.plusSeconds(60), "hieutruong", null, "DELEGATION_RECORDED", "d-1",
                Map.of("deputyId", "phohieutruong")));
        trail.append(AuditEvent.of(T0.plusSeconds(120), "phohieutruong", "hieutruong", "REMOTE_REQUEST_APPROVED", "r-1",
                Map.of("form", "ONLINE_PROCTORED", "signature", "KT. Hiệu trưởng")));
        trail.append(AuditEvent.of(T0.plusSeconds(180), "hs001", null, "ONLINE_START_ALLOWED", "s-1", Map.of()));
        trail.append(AuditEvent.of(T0.plusSeconds(240), "gv.toan", null, "REMOTE_REQUEST_FILED", "r-2",
                Map.of("reason", "OTHER")));
        entries = trail.entries();
    }

    @Test
    void anIntactChainVerifiesAndLinksEachEntryToThePrevious() {
        ChainVerification result = trail.verify();
        assertTrue(result.intact(), result.problems().toString());
        assertEquals(5, result.checked());
        assertEquals(AuditChain.GENESIS, entries.get(0).previousHash());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(i + 1, entries.get(i).sequence());
            assertEquals(entries.get(i - 1).hash(), entries.get(i).previousHash());
        }
        assertEquals(64, entries.get(0).hash().length());
        assertEquals(2, trail.about("r-1").size());
        assertTrue(AuditChain.verify(List.of()).intact(), "an empty trail is intact");
    }

    @Test
    void theHashIsSha256OverThePreviousHashAndTheCanonicalContent() throws Exception {
        AuditEntry first = entries.get(0);
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(AuditChain.GENESIS.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        sha.update(AuditChain.canonical(1, first.event()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(sha.digest()), first.hash());
        assertEquals("1:1;24:2025-10-20T01:00:00.123Z;8:gvcn.9a1;-;20:REMOTE_REQUEST_FILED;3:r-1;"
                + first.details().length() + ":" + first.details() + ";", AuditChain.canonical(1, first.event()));
    }

    @Test
    void anEditedEntryIsFoundAtItsSequence() {
        List<AuditEntry> edited = new ArrayList<>(entries);
        AuditEntry e = edited.get(2);
        edited.set(2, new AuditEntry(e.sequence(), e.at(), e.actor(), null, e.action(), e.subjectId(),
                e.details(), e.previousHash(), e.hash()));  // "on behalf of" erased

        ChainVerification result = AuditChain.verify(edited);
        assertFalse(result.intact());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(3, result.problems().get(0).sequence());
        assertEquals(ChainVerification.Kind.EDITED, result.problems().get(0).kind());
    }

    @Test
    void anEditedAndReHashedEntryBreaksTheNextLink() {
        List<AuditEntry> edited = new ArrayList<>(entries);
        AuditEntry e = edited.get(1);
        AuditEvent forged = new AuditEvent(e.at(), e.actor(), null, e.action(), e.subjectId(), "{\"deputyId\":\"gv.toan\"}");
        edited.set(1, new AuditEntry(e.sequence(), e.at(), e.actor(), null, e.action(), e.subjectId(), forged.details(),
                e.previousHash(), AuditChain.hash(e.previousHash(), e.sequence(), forged)));

        ChainVerification result = AuditChain.verify(edited);
        assertFalse(result.intact());
        assertEquals(3, result.problems().get(0).sequence(), result.problems().toString());
        assertEquals(ChainVerification.Kind.BROKEN_LINK, result.problems().get(0).kind());
        assertTrue(result.problems().get(0).message().contains("entry 2"), result.problems().get(0).message());
    }

    @Test
    void aDeletedEntryIsFound() {
        List<AuditEntry> deleted = new ArrayList<>(entries);
        deleted.remove(2);

        ChainVerification result = AuditChain.verify(deleted);
        assertFalse(result.intact());
        assertEquals(List.of(new ChainVerification.Problem(3, ChainVerification.Kind.REMOVED, "entries 3 to 3 are missing")),
                result.problems());
    }

    @Test
    void entriesCutOffTheEndAreFoundAgainstTheHead() {
        AuditEntry last = entries.get(4);
        List<AuditEntry> cut = entries.subList(0, 3);
        assertTrue(AuditChain.verify(cut).intact(), "a chain alone cannot tell its end was cut off");

        ChainVerification result = AuditChain.verify(cut, new ChainHead(last.sequence(), last.hash()));
        assertFalse(result.intact());
        assertEquals(4, result.problems().get(0).sequence());
        assertEquals(ChainVerification.Kind.REMOVED, result.problems().get(0).kind());
    }

    @Test
    void swappedEntriesAreFound() {
        List<AuditEntry> swapped = new ArrayList<>(entries);
        swapped.set(1, entries.get(2));
        swapped.set(2, entries.get(1));

        ChainVerification result = AuditChain.verify(swapped);
        assertFalse(result.intact());
        assertTrue(result.problems().stream().allMatch(p -> p.kind() == ChainVerification.Kind.REORDERED),
                result.problems().toString());
        assertEquals(List.of(3L, 2L, 4L), result.problems().stream().map(ChainVerification.Problem::sequence).toList());
    }

    @Test
    void swappingTheContentOfTwoRowsButKeepingTheirNumbersIsFound() {
        List<AuditEntry> swapped = new ArrayList<>(entries);
        AuditEntry a = entries.get(1);
        AuditEntry b = entries.get(2);
        swapped.set(1, new AuditEntry(2, b.at(), b.actor(), b.onBehalfOf(), b.action(), b.subjectId(), b.details(),
                b.previousHash(), b.hash()));
        swapped.set(2, new AuditEntry(3, a.at(), a.actor(), a.onBehalfOf(), a.action(), a.subjectId(), a.details(),
                a.previousHash(), a.hash()));

        ChainVerification result = AuditChain.verify(swapped);
        assertFalse(result.intact());
        assertTrue(result.problems().stream().anyMatch(p -> p.sequence() == 2 && p.kind() == ChainVerification.Kind.EDITED),
                result.problems().toString());
    }

    @Test
    void canonicalJsonSortsKeysAndEscapes() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("z", List.of(1, true, BigDecimal.valueOf(8.50)));
        details.put("a", "Đơn \"khác\"\n");
        details.put("m", null);
        assertEquals("{\"a\":\"Đơn \\\"khác\\\"\\n\",\"m\":null,\"z\":[1,true,8.5]}", CanonicalJson.write(details));
        assertEquals(CanonicalJson.write(Map.of("b", 1, "a", 2)), CanonicalJson.write(Map.of("a", 2, "b", 1)));
        assertNotEquals(AuditChain.canonical(1, new AuditEvent(T0, "a", null, "X", "s", "{}")),
                AuditChain.canonical(1, new AuditEvent(T0, "a", "", "X", "s", "{}")), "null and empty differ");
    }
}
