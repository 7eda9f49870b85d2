package vn.khaothi.engine.domain.attempt;

import java.util.EnumMap;
import java.util.Map;

/**
 * The severity of each integrity event, in one place so a school can argue about it. Why:
 * <ul>
 *   <li>HIGH — PASTE, DEVTOOLS, SECOND_DEVICE: text from elsewhere, a tampered page, or someone
 *       else's device are the strongest signs of outside help;</li>
 *   <li>MEDIUM — FOCUS_LOST, VISIBILITY_HIDDEN, FULLSCREEN_EXIT: another window or tab was in
 *       front; often a notification, so a proctor looks before acting;</li>
 *   <li>LOW — COPY, CONTEXT_MENU, NETWORK_OFFLINE: copying out or a right click help no one by
 *       themselves, and phones on school Wi-Fi drop out all the time;</li>
 *   <li>INFO — FOCUS_BACK: the end of an earlier FOCUS_LOST, kept for the timeline only.</li>
 * </ul>
 * The dismissal rate per kind that the monitor reports (false positives) is the evidence for
 * moving a kind up or down.
 */
public final class IntegrityPolicy {

    private static final IntegrityPolicy DEFAULT = new IntegrityPolicy(Map.of(
            IntegrityEventKind.PASTE, Severity.HIGH,
            IntegrityEventKind.DEVTOOLS, Severity.HIGH,
            IntegrityEventKind.SECOND_DEVICE, Severity.HIGH,
            IntegrityEventKind.FOCUS_LOST, Severity.MEDIUM,
            IntegrityEventKind.VISIBILITY_HIDDEN, Severity.MEDIUM,
            IntegrityEventKind.FULLSCREEN_EXIT, Severity.MEDIUM,
            IntegrityEventKind.COPY, Severity.LOW,
            IntegrityEventKind.CONTEXT_MENU, Severity.LOW,
            IntegrityEventKind.NETWORK_OFFLINE, Severity.LOW,
            IntegrityEventKind.FOCUS_BACK, Severity.INFO));

    private final Map<IntegrityEventKind, Severity> severities;

    private IntegrityPolicy(Map<IntegrityEventKind, Severity> severities) {
        EnumMap<IntegrityEventKind, Severity> all = new EnumMap<>(IntegrityEventKind.class);
        all.putAll(severities);
        for (IntegrityEventKind kind : IntegrityEventKind.values()) {
            if (!all.containsKey(kind)) {
                throw new IllegalArgumentException("no severity for " + kind);
            }
        }
        this.severities = all;
    }

    public static IntegrityPolicy standard() {
        return DEFAULT;
    }

    /** A school's own policy: every kind must have a severity. */
    public static IntegrityPolicy of(Map<IntegrityEventKind, Severity> severities) {
        return new IntegrityPolicy(severities);
    }

    public Severity severityOf(IntegrityEventKind kind) {
        return severities.get(kind);
    }

    /** An incident is what the monitor shows: anything above INFO. */
    public boolean isIncident(IntegrityEventKind kind) {
        return severityOf(kind) != Severity.INFO;
    }
}
