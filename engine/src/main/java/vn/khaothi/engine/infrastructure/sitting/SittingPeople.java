package vn.khaothi.engine.infrastructure.sitting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import vn.khaothi.engine.domain.sitting.Candidate;
import vn.khaothi.engine.infrastructure.analytics.SittingScores;

/**
 * The school's people as sittings look them up, by plain JDBC over the school tables: candidates
 * by username or by class, accounts (for the creator and the proctors) and the subjects a
 * department head answers for. Read-only.
 */
public final class SittingPeople {

    /** An active account: its id and roles. */
    public record Account(long id, List<String> roles) {
    }

    private final DataSource dataSource;

    public SittingPeople(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Students by username (only those that exist and are active students), keyed by username. */
    public Map<String, Candidate> studentsByUsername(Collection<String> usernames) {
        try {
            Map<String, Candidate> found = new LinkedHashMap<>();
            if (usernames.isEmpty()) {
                return found;
            }
            String marks = String.join(",", Collections.nCopies(usernames.size(), "?"));
            String sql = "SELECT st.id, acc.username, st.code FROM student st JOIN account acc ON acc.id = st.account_id"
                    + " WHERE acc.active AND acc.username IN (" + marks + ")";
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                int i = 1;
                for (String u : usernames) {
                    s.setString(i++, u);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(2), new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** The class of the current school year with this code (else the latest year's). */
    public Optional<Long> classId(String classCode) {
        try {
            String sql = "SELECT sc.id FROM school_class sc JOIN school_year y ON y.id = sc.school_year_id WHERE sc.code = ?"
                    + " ORDER BY y.is_current DESC, y.starts_on DESC LIMIT 1";
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, classCode);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** The active students enrolled in the class, by code. */
    public List<Candidate> studentsOfClass(long classId) {
        try {
            String sql = "SELECT st.id, acc.username, st.code FROM enrolment e JOIN student st ON st.id = e.student_id"
                    + " JOIN account acc ON acc.id = st.account_id WHERE e.class_id = ? AND acc.active ORDER BY st.code";
            List<Candidate> students = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, classId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        students.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return students;
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /**
     * The subjects a person heads (their subject group's) or teaches, by code: the department-head
     * rule analytics uses ({@code SittingScores.subjectsOf}).
     */
    public Set<String> subjectsHeadedOrTaught(String username) {
        try (Connection c = dataSource.getConnection()) {
            return SittingScores.subjectsOf(c, username);
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }

    /** An active account with its roles, or empty. */
    public Optional<Account> account(String username) {
        try {
            String sql = "SELECT a.id, r.role FROM account a LEFT JOIN account_role r ON r.account_id = a.id"
                    + " WHERE a.username = ? AND a.active";
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    Long id = null;
                    List<String> roles = new ArrayList<>();
                    while (rs.next()) {
                        id = rs.getLong(1);
                        if (rs.getString(2) != null) {
                            roles.add(rs.getString(2));
                        }
                    }
                    return id == null ? Optional.empty() : Optional.of(new Account(id, List.copyOf(roles)));
                }
            }
        } catch (SQLException e) {
            throw StorageFailure.of(e);
        }
    }
}
