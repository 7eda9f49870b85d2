package vn.khaothi.engine.application.remote;

import java.util.Map;
import vn.khaothi.rules.online.ForceMajeureReason;

/**
 * Remote-assessment requests of one semester, counted per status, by reason, by class and by
 * subject (the last two only over requests whose sitting names them). No personal data.
 */
public record RemoteReport(String semester, Map<ForceMajeureReason, StatusCounts> byReason,
                           Map<String, StatusCounts> byClass, Map<String, StatusCounts> bySubject) {

    public RemoteReport {
        byReason = Map.copyOf(byReason);
        byClass = Map.copyOf(byClass);
        bySubject = Map.copyOf(bySubject);
    }

    /** Approved remote assessments (authorisations) in the semester. */
    public int approved() {
        return byReason.values().stream().mapToInt(StatusCounts::approved).sum();
    }
}
