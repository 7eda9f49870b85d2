package vn.khaothi.engine.infrastructure.gradebook;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.khaothi.engine.application.platform.Transactions;
import vn.khaothi.engine.domain.gradebook.PublishedSittings;

/** What publishing reads from {@code sitting}, {@code attempt} and the school's semesters, each call in the enclosing transaction. */
public final class JdbcPublishedSittings implements PublishedSittings {

    private final Jdbc jdbc;

    public JdbcPublishedSittings(Transactions transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    @Override
    public Optional<Facts> facts(long sittingId) {
        return jdbc.on(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT s.title, sc.code, s.subject_code, s.gradebook_column, ca.username,"
                    + " s.opens_at, s.class_id, (SELECT COUNT(*) FROM attempt a WHERE a.sitting_id = s.id AND a.status = 'SUBMITTED')"
                    + " FROM sitting s LEFT JOIN school_class sc ON sc.id = s.class_id LEFT JOIN account ca ON ca.id = s.created_by"
                    + " WHERE s.id = ?")) {
                q.setLong(1, sittingId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Instant opens = Jdbc.fromUtc(rs.getObject(6, LocalDateTime.class));
                    long classId = rs.getLong(7);
                    Long klass = rs.wasNull() ? null : classId;
                    return Optional.of(new Facts(rs.getString(1), rs.getString(2), klass, rs.getString(3), rs.getString(4),
                            rs.getString(5), opens, rs.getInt(8)));
                }
            }
        });
    }

    @Override
    public List<Graded> graded(long sittingId) {
        return jdbc.on(c -> {
            List<Graded> found = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT COALESCE(acc.username, st.code), st.full_name, a.score,"
                    + " (SELECT MIN(sc.code) FROM enrolment e JOIN school_class sc ON sc.id = e.class_id"
                    + " JOIN school_year y ON y.id = sc.school_year_id WHERE e.student_id = st.id AND y.is_current),"
                    + " (SELECT MIN(sc.id) FROM enrolment e JOIN school_class sc ON sc.id = e.class_id"
                    + " JOIN school_year y ON y.id = sc.school_year_id WHERE e.student_id = st.id AND y.is_current)"
                    + " FROM attempt a JOIN student st ON st.id = a.student_id LEFT JOIN account acc ON acc.id = st.account_id"
                    + " WHERE a.sitting_id = ? AND a.status = 'GRADED' AND a.score IS NOT NULL ORDER BY st.code")) {
                q.setLong(1, sittingId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        long classId = rs.getLong(5);
                        Long klass = rs.wasNull() ? null : classId;
                        found.add(new Graded(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4), klass));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public int semesterOf(long classId, LocalDate day) {
        return jdbc.on(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT se.number FROM semester se JOIN school_class sc"
                    + " ON sc.school_year_id = se.school_year_id WHERE sc.id = ? AND ? BETWEEN se.starts_on AND se.ends_on")) {
                q.setLong(1, classId);
                q.setObject(2, day);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public void markPublished(long sittingId, Instant at) {
        jdbc.on(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE sitting SET results_published_at = ? WHERE id = ?")) {
                u.setObject(1, Jdbc.utc(at));
                u.setLong(2, sittingId);
                return u.executeUpdate();
            }
        });
    }
}
