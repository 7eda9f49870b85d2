package vn.khaothi.engine.infrastructure.attempt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.sitting.StorageFailure;
import vn.khaothi.engine.domain.attempt.AnswerStep;
import vn.khaothi.engine.domain.attempt.IntegrityEvent;
import vn.khaothi.engine.domain.attempt.IntegrityEventKind;
import vn.khaothi.engine.domain.attempt.Severity;

/**
 * Reads an attempt's step log back from the database: the current answers (for the socket's
 * {@code state} reply and for grading), the whole log (for replay and the teacher's timeline)
 * and the integrity events. Only reads: the log is written by the {@link AnswerJournal} alone.
 */
public final class StepLogReader {

    /** Per item the row with the highest seq; walks the unique (attempt_id, item_id, seq) index. */
    static final String CURRENT_ANSWERS = "SELECT s.attempt_id, s.item_id, s.seq, s.response, s.received_at"
            + " FROM attempt_step s JOIN (SELECT item_id, MAX(seq) AS seq FROM attempt_step WHERE attempt_id = ?"
            + " GROUP BY item_id) latest ON latest.item_id = s.item_id AND latest.seq = s.seq"
            + " WHERE s.attempt_id = ? ORDER BY s.item_id";
    static final String ALL_STEPS = "SELECT attempt_id, item_id, seq, response, received_at FROM attempt_step"
            + " WHERE attempt_id = ? ORDER BY id";
    static final String EVENTS = "SELECT attempt_id, kind, occurred_at, received_at, severity FROM attempt_event"
            + " WHERE attempt_id = ? ORDER BY id";

    private final DataSource dataSource;

    public StepLogReader(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Item id → its current answer (highest seq), in item id order. */
    public Map<Long, AnswerStep> currentAnswers(long attemptId) {
        try {
            Map<Long, AnswerStep> answers = new LinkedHashMap<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CURRENT_ANSWERS)) {
                s.setLong(1, attemptId);
                s.setLong(2, attemptId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        AnswerStep step = step(rs);
                        answers.put(step.itemId(), step);
                    }
                }
            }
            return answers;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** Every stored answer step of the attempt in arrival order (superseded ones included). */
    public List<AnswerStep> steps(long attemptId) {
        try {
            List<AnswerStep> steps = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ALL_STEPS)) {
                s.setLong(1, attemptId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        steps.add(step(rs));
                    }
                }
            }
            return steps;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    public List<IntegrityEvent> events(long attemptId) {
        try {
            List<IntegrityEvent> events = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(EVENTS)) {
                s.setLong(1, attemptId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        events.add(new IntegrityEvent(rs.getLong(1), IntegrityEventKind.valueOf(rs.getString(2)),
                                instant(rs, 3), instant(rs, 4), Severity.valueOf(rs.getString(5))));
                    }
                }
            }
            return events;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    private static AnswerStep step(ResultSet rs) throws SQLException {
        return new AnswerStep(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), instant(rs, 5));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
