package vn.khaothi.itembank.application.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;
import vn.khaothi.itembank.application.importing.ImportProgressListener;
import vn.khaothi.itembank.application.importing.ImportResult;
import vn.khaothi.itembank.application.importing.ItemFormat;
import vn.khaothi.itembank.domain.school.StaffDirectory;
import vn.khaothi.itembank.domain.workflow.ApprovalStatus;
import vn.khaothi.itembank.infrastructure.format.Formats;
import vn.khaothi.itembank.infrastructure.jpa.JpaItemStore;

/**
 * The demo bank (api-contract.md, "Running"): the Mathematics grade-9 items of
 * {@code demo/math9.json}, imported once, all PUBLISHED, in one transaction. Idempotent: nothing
 * happens when the bank already holds Mathematics grade-9 items.
 */
@ApplicationScoped
public class DemoBank {

    private static final Logger LOG = Logger.getLogger(DemoBank.class.getName());
    static final String RESOURCE = "/vn/khaothi/itembank/demo/math9.json";
    static final String SUBJECT = "MATH";
    static final int GRADE = 9;
    static final String SEEDER = "system";

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    @jakarta.inject.Inject
    StaffDirectory staff;

    /** Seeds the demo bank in demo mode when it is not there yet; returns the number of items added. */
    @Transactional
    public int apply(boolean demoMode) {
        if (!demoMode) {
            return 0;
        }
        JpaItemStore store = new JpaItemStore(em);
        if (store.count(SUBJECT, GRADE) > 0) {
            return 0;
        }
        if (!staff.subjectExists(SUBJECT)) {
            LOG.warning("Demo bank not seeded: there is no subject " + SUBJECT);
            return 0;
        }
        long started = System.nanoTime();
        ImportResult read = Formats.importer().run(ItemFormat.KHAOTHI_JSON, file(), ImportProgressListener.NONE);
        if (!read.accepted()) {
            throw new IllegalStateException("the demo bank does not import: " + read.problems());
        }
        ImportPlanner.Plan plan = new ImportPlanner(store).plan(read, new ImportTarget(SUBJECT, GRADE, null, null), true);
        List<Long> ids = store.addItems(plan.items(), ApprovalStatus.PUBLISHED, SEEDER,
                "demo bank: published as written for the project");
        LOG.info(() -> "Demo bank seeded: " + ids.size() + " Mathematics grade-9 items in " + plan.chapters().size()
                + " chapters, " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return ids.size();
    }

    private static byte[] file() {
        try (InputStream in = DemoBank.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the item-bank jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
