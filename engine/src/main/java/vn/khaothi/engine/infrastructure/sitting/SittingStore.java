package vn.khaothi.engine.infrastructure.sitting;

import static vn.khaothi.engine.infrastructure.sitting.Times.instant;
import static vn.khaothi.engine.infrastructure.sitting.Times.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import vn.khaothi.engine.application.platform.Transactions;
import vn.khaothi.engine.application.sitting.AttemptRef;
import vn.khaothi.engine.domain.sitting.PlannedSitting;
import vn.khaothi.engine.domain.sitting.ReviewPolicy;
import vn.khaothi.engine.domain.sitting.Sitting;
import vn.khaothi.engine.domain.sitting.StaggeredStart;
import vn.khaothi.engine.domain.sitting.SittingMode;
import vn.khaothi.engine.domain.sitting.SittingRepository;
import vn.khaothi.rules.online.AssessmentKind;

/**
 * The {@link SittingRepository} by plain JDBC (tables of V2026_11_22_20..22): a sitting with its
 * candidates, proctors and NOT_STARTED attempts, written in one transaction (the {@code Transactions} port: JTA in the container), and read back.
 * The other concerns have their own stores: the school's people {@link SittingPeople}, the attempt
 * rows of a roster {@link RosterStore}, item scores {@link MarkStore}, integrity events
 * {@link IncidentStore}. Times are UTC.
 */
public final class SittingStore implements SittingRepository {

    private static final String SITTING_COLUMNS = "s.id, s.paper_id, s.title, s.assessment_kind, s.subject_code, s.grade,"
            + " s.mode, s.opens_at, s.closes_at, s.duration_minutes, sc.code, s.admission_required, s.review_policy,"
            + " ca.username, s.created_at, s.stagger_seconds";
    private static final String SITTING_FROM = " FROM sitting s LEFT JOIN school_class sc ON sc.id = s.class_id"
            + " LEFT JOIN account ca ON ca.id = s.created_by";

    private final DataSource dataSource;
    private final SittingPeople people;
    private final RosterStore rosters;

    private final Transactions transactions;

    public SittingStore(DataSource dataSource, Transactions transactions) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.people = new SittingPeople(dataSource);
        this.rosters = new RosterStore(dataSource);
    }

    /** The school's people as sittings look them up. */
    public SittingPeople people() {
        return people;
    }

    /** The attempt rows of sittings' rosters. */
    public RosterStore rosters() {
        return rosters;
    }

    // ---- the repository ---------------------------------------------------------------------------

    @Override
    public long create(PlannedSitting p) {
        // The sitting, its proctors, candidates and attempts at once: in the caller's transaction or its own.
        try {
            return transactions.required(c -> {
                long id = insertSitting(c, p);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO sitting_proctor (sitting_id, account_id) VALUES (?, ?)")) {
                    for (long account : p.proctorAccounts()) {
                        s.setLong(1, id);
                        s.setLong(2, account);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                long durationMs = p.durationMinutes() * 60_000L;
                try (PreparedStatement cand = c.prepareStatement(
                        "INSERT INTO sitting_candidate (sitting_id, student_id, extra_minutes) VALUES (?, ?, ?)");
                     PreparedStatement att = c.prepareStatement("INSERT INTO attempt (sitting_id, student_id,"
                             + " paper_version_id, version_code, duration_ms, extension_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (PlannedSitting.Seat seat : p.seats()) {
                        cand.setLong(1, id);
                        cand.setLong(2, seat.studentId());
                        cand.setInt(3, seat.extraMinutes());
                        cand.addBatch();
                        att.setLong(1, id);
                        att.setLong(2, seat.studentId());
                        att.setLong(3, seat.versionId());
                        att.setString(4, seat.versionCode());
                        att.setLong(5, durationMs);
                        att.setLong(6, seat.extraMinutes() * 60_000L);
                        att.addBatch();
                    }
                    cand.executeBatch();
                    att.executeBatch();
                }
                return id;
            });
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    private static long insertSitting(Connection c, PlannedSitting p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sitting (paper_id, assessment_kind, subject_code,"
                + " grade, title, mode, opens_at, closes_at, duration_minutes, class_id, admission_required,"
                + " review_policy, created_by, gradebook_column, stagger_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, p.paperId());
            s.setString(2, p.kind().name());
            s.setString(3, p.subjectCode());
            s.setInt(4, p.grade());
            s.setString(5, p.title());
            s.setString(6, p.mode().name());
            s.setObject(7, utc(p.opensAt()));
            s.setObject(8, utc(p.closesAt()));
            s.setInt(9, p.durationMinutes());
            if (p.classId() == null) {
                s.setNull(10, Types.BIGINT);
            } else {
                s.setLong(10, p.classId());
            }
            s.setBoolean(11, p.admissionRequired());
            s.setString(12, p.reviewPolicy().name());
            s.setLong(13, p.createdBy());
            s.setString(14, p.gradebookColumn());
            s.setInt(15, p.stagger().seconds());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public Optional<Sitting> find(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + SITTING_COLUMNS + SITTING_FROM + " WHERE s.id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(sitting(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw storage(e);
        }
    }

    @Override
    public List<String> proctors(long sittingId) {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT a.username FROM sitting_proctor p JOIN account a ON a.id = p.account_id WHERE p.sitting_id = ? ORDER BY a.username")) {
            s.setLong(1, sittingId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw storage(e);
        }
        return names;
    }

    @Override
    public List<Listed> mine(String username, int limit) {
        String sql = "SELECT " + SITTING_COLUMNS + ", a.id, a.status, 'STUDENT'" + SITTING_FROM
                + " JOIN attempt a ON a.sitting_id = s.id JOIN student st ON st.id = a.student_id"
                + " JOIN account sa ON sa.id = st.account_id WHERE sa.username = ?"
                + " UNION ALL SELECT " + SITTING_COLUMNS + ", NULL, NULL, 'PROCTOR'" + SITTING_FROM
                + " JOIN sitting_proctor p ON p.sitting_id = s.id JOIN account pa ON pa.id = p.account_id WHERE pa.username = ?"
                + " UNION ALL SELECT " + SITTING_COLUMNS + ", NULL, NULL, 'CREATOR'" + SITTING_FROM
                + " WHERE ca.username = ? AND NOT EXISTS (SELECT 1 FROM sitting_proctor p2 JOIN account pa2"
                + " ON pa2.id = p2.account_id WHERE p2.sitting_id = s.id AND pa2.username = ?)"
                + " ORDER BY 8 DESC, 1 DESC LIMIT ?";
        List<Listed> list = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, username);
            s.setString(2, username);
            s.setString(3, username);
            s.setString(4, username);
            s.setInt(5, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long attempt = rs.getLong(17);
                    Long attemptId = rs.wasNull() ? null : attempt;
                    list.add(new Listed(sitting(rs), attemptId, rs.getString(18), rs.getString(19)));
                }
            }
        } catch (SQLException e) {
            throw storage(e);
        }
        return list;
    }

    private static Sitting sitting(ResultSet rs) throws SQLException {
        int grade = rs.getInt(6);
        Integer g = rs.wasNull() ? null : grade;
        return new Sitting(rs.getLong(1), rs.getLong(2), rs.getString(3), AssessmentKind.valueOf(rs.getString(4)),
                rs.getString(5), g, SittingMode.valueOf(rs.getString(7)), instant(rs, 8), instant(rs, 9), rs.getInt(10),
                rs.getString(11), rs.getBoolean(12), ReviewPolicy.valueOf(rs.getString(13)), rs.getString(14),
                instant(rs, 15), new StaggeredStart(rs.getInt(16)));
    }

    private static IllegalStateException storage(SQLException e) {
        return StorageFailure.of(e);
    }

    // ---- kept for the callers of the attempt path (AttemptService, AttemptReports, MarkingService,
    // ScanService, LiveScheduler), which reach the stores through AttemptBackbone.sittings(): each
    // delegates to the store of its concern, where new code should go directly. -------------------

    /** {@link RosterStore#attempt}. */
    public Optional<AttemptRef> attempt(long attemptId) {
        return rosters.attempt(attemptId);
    }

    /** {@link RosterStore#attemptOf}. */
    public Optional<AttemptRef> attemptOf(long sittingId, String studentUsername) {
        return rosters.attemptOf(sittingId, studentUsername);
    }

    /** {@link RosterStore#admit}. */
    public void admit(long attemptId, Instant at) {
        rosters.admit(attemptId, at);
    }

    /** {@link RosterStore#stepStored}. */
    public boolean stepStored(long attemptId, long itemId, long seq) {
        return rosters.stepStored(attemptId, itemId, seq);
    }

    /** {@link RosterStore#unscoredSubmitted}. */
    public List<Long> unscoredSubmitted(int limit) {
        return rosters.unscoredSubmitted(limit);
    }

    /** {@link SittingPeople#account}, as account id and roles. */
    public Optional<Map.Entry<Long, List<String>>> account(String username) {
        return people.account(username).map(a -> Map.entry(a.id(), a.roles()));
    }
}
