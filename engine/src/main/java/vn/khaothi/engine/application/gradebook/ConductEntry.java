package vn.khaothi.engine.application.gradebook;

import java.util.List;

/**
 * A student's conduct (rèn luyện) for a period as the homeroom teacher entered it (TT22 Art. 8):
 * {@code old} the level before, or null; {@code level} the new one.
 */
public record ConductEntry(String classCode, String period, String studentId, String old, String level,
                           List<String> citations) {
}
