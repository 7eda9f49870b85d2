package vn.khaothi.engine.infrastructure.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import vn.khaothi.engine.application.remote.SittingCatalog;
import vn.khaothi.engine.domain.remote.SittingRef;
import vn.khaothi.rules.online.AssessmentKind;

/**
 * Sittings as the remote-assessment workflow sees them, read from table {@code sitting}
 * (V2026_11_22_20, kind/subject from V2026_11_22_21). The semester is the one whose dates hold the
 * sitting's opening day in Vietnam (UTC+7), spelt {@code 2025-2026/1}; a sitting outside every
 * semester gets its school year's code alone, or "-" when no year holds it.
 */
public final class JdbcSittingCatalog implements SittingCatalog {

    private static final String SELECT = "SELECT s.id, s.assessment_kind, s.closes_at, s.subject_code, sc.code AS class_code,"
            + " (SELECT CONCAT(y.code, '/', se.number) FROM semester se JOIN school_year y ON y.id = se.school_year_id"
            + "   WHERE DATE(DATE_ADD(s.opens_at, INTERVAL 7 HOUR)) BETWEEN se.starts_on AND se.ends_on LIMIT 1) AS semester,"
            + " (SELECT y.code FROM school_year y"
            + "   WHERE DATE(DATE_ADD(s.opens_at, INTERVAL 7 HOUR)) BETWEEN y.starts_on AND y.ends_on LIMIT 1) AS school_year"
            + " FROM sitting s LEFT JOIN school_class sc ON sc.id = s.class_id WHERE s.id = ?";

    private final DataSource dataSource;

    public JdbcSittingCatalog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<SittingRef> find(String sittingId) {
        long id;
        try {
            id = Long.parseLong(sittingId);
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String semester = rs.getString("semester");
                if (semester == null) {
                    semester = rs.getString("school_year") == null ? "-" : rs.getString("school_year");
                }
                return Optional.of(new SittingRef(sittingId, AssessmentKind.valueOf(rs.getString("assessment_kind")),
                        rs.getObject("closes_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), semester,
                        rs.getString("class_code"), rs.getString("subject_code")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read sitting " + sittingId, e);
        }
    }
}
