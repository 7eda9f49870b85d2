package vn.khaothi.engine.application.sitting;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.khaothi.engine.infrastructure.attempt.AnswerJournal;
import vn.khaothi.engine.infrastructure.attempt.AttemptStore;
import vn.khaothi.engine.infrastructure.attempt.JournalSettings;
import vn.khaothi.engine.infrastructure.attempt.StepLogReader;
import vn.khaothi.engine.infrastructure.sitting.IncidentStore;
import vn.khaothi.engine.infrastructure.sitting.MarkStore;
import vn.khaothi.engine.infrastructure.sitting.SittingStore;

/**
 * The per-node plumbing of sittings and attempts over the container's data source: one
 * {@link AnswerJournal} (group commit) per node, closed at shutdown so that every accepted answer is
 * committed, and the JDBC stores. The clock is the server's (UTC); nothing else keeps time.
 */
@ApplicationScoped
public class AttemptBackbone {

    private static final Logger LOG = Logger.getLogger(AttemptBackbone.class.getName());

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    private volatile AnswerJournal journal;
    private volatile AttemptStore attempts;
    private volatile StepLogReader steps;
    private volatile SittingStore sittings;
    private volatile MarkStore marks;
    private volatile IncidentStore incidents;
    private final Clock clock = Clock.systemUTC();

    /** For tests outside the container. */
    public static AttemptBackbone over(DataSource dataSource) {
        AttemptBackbone backbone = new AttemptBackbone();
        backbone.dataSource = dataSource;
        return backbone;
    }

    public Clock clock() {
        return clock;
    }

    /** The container's data source (a method, not the field: callers may hold a CDI proxy of this bean). */
    public DataSource dataSource() {
        return dataSource;
    }

    public AnswerJournal journal() {
        AnswerJournal current = journal;
        if (current == null) {
            synchronized (this) {
                if (journal == null) {
                    journal = new AnswerJournal(dataSource, JournalSettings.fromEnvironment());
                }
                current = journal;
            }
        }
        return current;
    }

    public AttemptStore attempts() {
        if (attempts == null) {
            attempts = new AttemptStore(dataSource);
        }
        return attempts;
    }

    public StepLogReader steps() {
        if (steps == null) {
            steps = new StepLogReader(dataSource);
        }
        return steps;
    }

    public SittingStore sittings() {
        if (sittings == null) {
            sittings = new SittingStore(dataSource);
        }
        return sittings;
    }

    public MarkStore marks() {
        if (marks == null) {
            marks = new MarkStore(dataSource);
        }
        return marks;
    }

    public IncidentStore incidents() {
        if (incidents == null) {
            incidents = new IncidentStore(dataSource);
        }
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
