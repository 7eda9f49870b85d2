package vn.khaothi.engine.infrastructure.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khaothi.engine.application.deadlines.PeriodicSittings;
import vn.khaothi.engine.application.platform.Transactions;

/** {@link PeriodicSittings} over tables sitting, paper, paper_approval, semester and school_year, in one transaction. */
public final class JdbcPeriodicSittings implements PeriodicSittings {

    private static final String SUBJECT_NAMES = "SELECT code, name_vi, name_en FROM subject";

    private static final String CURRENT_YEAR = "SELECT id, code FROM school_year WHERE is_current = TRUE ORDER BY starts_on DESC LIMIT 1";

    private static final String SITTINGS = "SELECT s.id, s.title, s.assessment_kind, s.opens_at, s.paper_id,"
            + " COALESCE(s.subject_code, p.subject_code) AS subject, COALESCE(s.grade, p.grade) AS grade,"
            + " sc.code AS class_code, p.title AS paper_title, p.status AS paper_status,"
            + " (SELECT MIN(a.decided_at) FROM paper_approval a WHERE a.paper_id = s.paper_id AND a.step = 'GROUP' AND a.approved) AS group_at,"
            + " (SELECT MIN(a.decided_at) FROM paper_approval a WHERE a.paper_id = s.paper_id AND a.step = 'PRINCIPAL' AND a.approved) AS principal_at,"
            + " COALESCE((SELECT MAX(se.number) FROM semester se WHERE se.school_year_id = y.id"
            + "   AND se.starts_on <= DATE(DATE_ADD(s.opens_at, INTERVAL 7 HOUR))), 1) AS semester"
            + " FROM sitting s JOIN school_year y ON y.id = ?"
            + " LEFT JOIN paper p ON p.id = s.paper_id LEFT JOIN school_class sc ON sc.id = s.class_id"
            + " WHERE s.assessment_kind IN ('MIDTERM', 'FINAL')"
            + " AND DATE(DATE_ADD(s.opens_at, INTERVAL 7 HOUR)) BETWEEN y.starts_on AND y.ends_on"
            + " AND COALESCE(s.subject_code, p.subject_code) IS NOT NULL AND COALESCE(s.grade, p.grade) BETWEEN 1 AND 12"
            + " ORDER BY s.opens_at, s.id";

    private final Transactions transactions;

    public JdbcPeriodicSittings(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<CurrentYear> currentYear() {
        try {
            return transactions.required(c -> {
                long yearId;
                String yearCode;
                try (PreparedStatement select = c.prepareStatement(CURRENT_YEAR); ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    yearId = rs.getLong("id");
                    yearCode = rs.getString("code");
                }
                Map<String, String[]> names = new HashMap<>();
                try (PreparedStatement select = c.prepareStatement(SUBJECT_NAMES); ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        names.put(rs.getString("code"), new String[] {rs.getString("name_vi"), rs.getString("name_en")});
                    }
                }
                List<Scheduled> sittings = new ArrayList<>();
                try (PreparedStatement select = c.prepareStatement(SITTINGS)) {
                    select.setLong(1, yearId);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            sittings.add(new Scheduled(rs.getLong("id"), rs.getString("title"),
                                    rs.getString("assessment_kind"), instant(rs, "opens_at"), rs.getLong("paper_id"),
                                    rs.getString("subject"), rs.getInt("grade"), rs.getString("class_code"),
                                    rs.getString("paper_title"), rs.getString("paper_status"), instant(rs, "group_at"),
                                    instant(rs, "principal_at"), rs.getInt("semester")));
                        }
                    }
                }
                return Optional.of(new CurrentYear(yearCode, names, sittings));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the periodic sittings", e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
