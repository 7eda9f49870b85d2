package vn.khaothi.engine.domain.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntegrityPolicyTest {

    private final IntegrityPolicy policy = IntegrityPolicy.standard();

    @Test
    void everyKindHasASeverityAndTheStrongSignsAreHigh() {
        for (IntegrityEventKind kind : IntegrityEventKind.values()) {
            assertNotNull(policy.severityOf(kind), kind.name());
        }
        assertEquals(Severity.HIGH, policy.severityOf(IntegrityEventKind.PASTE));
        assertEquals(Severity.HIGH, policy.severityOf(IntegrityEventKind.DEVTOOLS));
        assertEquals(Severity.MEDIUM, policy.severityOf(IntegrityEventKind.FOCUS_LOST));
        assertEquals(Severity.LOW, policy.severityOf(IntegrityEventKind.NETWORK_OFFLINE));
        assertFalse(policy.isIncident(IntegrityEventKind.FOCUS_BACK), "the end of a focus loss is not an incident");
        assertTrue(policy.isIncident(IntegrityEventKind.FULLSCREEN_EXIT));
        assertFalse(IntegrityEventKind.SECOND_DEVICE.sentByClient());
    }

    @Test
    void anEventTakesItsSeverityFromThePolicyWhenRecorded() {
        Instant at = Instant.parse("2026-11-23T01:10:00.123456Z");
        IntegrityEvent event = IntegrityEvent.of(3, IntegrityEventKind.PASTE, at, at, policy);
        assertEquals(Severity.HIGH, event.severity());
        assertEquals(Instant.parse("2026-11-23T01:10:00.123Z"), event.occurredAt(), "client time in milliseconds");
    }

    @Test
    void aSchoolPolicyMustCoverEveryKind() {
        assertThrows(IllegalArgumentException.class,
                () -> IntegrityPolicy.of(Map.of(IntegrityEventKind.PASTE, Severity.LOW)));
    }
}
