package vn.khaothi.engine.application.sitting;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.khaothi.engine.application.platform.Transactions;
import vn.khaothi.engine.domain.attempt.AttemptJournal;
import vn.khaothi.engine.domain.attempt.AttemptRepository;
import vn.khaothi.engine.domain.marking.MarkingRepository;
import vn.khaothi.engine.domain.scan.ScanRepository;
import vn.khaothi.engine.infrastructure.database.JtaTransactions;
import vn.khaothi.engine.infrastructure.database.LocalTransactions;
import vn.khaothi.engine.infrastructure.attempt.AnswerJournal;
import vn.khaothi.engine.infrastructure.attempt.AttemptStore;
import vn.khaothi.engine.infrastructure.attempt.ExtensionLog;
import vn.khaothi.engine.infrastructure.attempt.JournalSettings;
import vn.khaothi.engine.infrastructure.attempt.ProctorActionLog;
import vn.khaothi.engine.infrastructure.attempt.StepLogReader;
import vn.khaothi.engine.infrastructure.marking.MarkingStore;
import vn.khaothi.engine.infrastructure.scan.ScanStore;
import vn.khaothi.engine.infrastructure.sitting.IncidentStore;
import vn.khaothi.engine.infrastructure.sitting.MarkStore;
import vn.khaothi.engine.infrastructure.sitting.SittingStore;

/**
 * The per-node plumbing of sittings and attempts over the container's data source: one
 * {@link AnswerJournal} (group commit) per node, closed at shutdown so that every accepted answer is
 * committed, and the JDBC stores. The clock is the server's (UTC); nothing else keeps time.
 * Stores that write more than one row at once do it in the {@link Transactions} given here: JTA's in
 * the container (a caller's transaction is joined), one JDBC connection's outside it ({@link #over}).
 */
@ApplicationScoped
public class AttemptBackbone {

    private static final Logger LOG = Logger.getLogger(AttemptBackbone.class.getName());

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    @Inject
    JtaTransactions jta;

    private Transactions transactions;

    // Built once when the bean is created (CDI creates one per application), never lazily: the
    // stores are plain objects over the data source, and the journal's writer thread must exist
    // exactly once per node. Callers may hold a CDI proxy of this bean, hence accessors, not fields.
    private AnswerJournal journal;
    private AttemptStore attempts;
    private StepLogReader steps;
    private SittingStore sittings;
    private MarkStore marks;
    private MarkingStore marking;
    private IncidentStore incidents;
    private ScanStore scans;
    private final Clock clock = Clock.systemUTC();

    /** For tests outside the container. */
    public static AttemptBackbone over(DataSource dataSource) {
        AttemptBackbone backbone = new AttemptBackbone();
        backbone.dataSource = dataSource;
        backbone.transactions = new LocalTransactions(dataSource);
        backbone.open();
        return backbone;
    }

    @PostConstruct
    void open() {
        if (transactions == null) {
            transactions = jta;
        }
        journal = new AnswerJournal(dataSource, JournalSettings.fromEnvironment());
        attempts = new AttemptStore(dataSource);
        steps = new StepLogReader(dataSource);
        sittings = new SittingStore(dataSource, transactions);
        marks = new MarkStore(dataSource, transactions);
        marking = new MarkingStore(dataSource, transactions);
        incidents = new IncidentStore(dataSource);
        scans = new ScanStore(dataSource, transactions);
    }

    public Clock clock() {
        return clock;
    }

    /** The container's data source (a method, not the field: callers may hold a CDI proxy of this bean). */
    public DataSource dataSource() {
        return dataSource;
    }

    public AnswerJournal journal() {
        return journal;
    }

    /** The node's one journal as the engine's port: what {@link AnswerDesk} writes through. */
    @Produces
    AttemptJournal attemptJournal() {
        return journal;
    }

    /** The transactions the stores write in (JTA's in the container). */
    public Transactions transactions() {
        return transactions;
    }

    public AttemptRepository attempts() {
        return attempts;
    }

    /** Every EXTEND with who gave it (the attempt report). */
    public ExtensionLog extensions() {
        return new ExtensionLog(dataSource);
    }

    /** Proctors' actions (the attempt report). */
    public ProctorActionLog proctorActions() {
        return new ProctorActionLog(dataSource);
    }

    public StepLogReader steps() {
        return steps;
    }

    public SittingStore sittings() {
        return sittings;
    }

    public MarkStore marks() {
        return marks;
    }

    /** Marks, marking policies and blind codes (issue 13). */
    public MarkingRepository marking() {
        return marking;
    }

    /** Scan batches and sheets. */
    public ScanRepository scans() {
        return scans;
    }

    public IncidentStore incidents() {
        return incidents;
    }

    /** Commits what the journal accepted before the node goes away (a restart loses no acked answer). */
    @PreDestroy
    public void close() {
        AnswerJournal current = journal;
        if (current != null) {
            boolean drained = current.close(Duration.ofSeconds(30));
            LOG.info(() -> "Answer journal closed (" + (drained ? "drained" : "NOT drained") + "): " + current.stats());
        }
    }
}
