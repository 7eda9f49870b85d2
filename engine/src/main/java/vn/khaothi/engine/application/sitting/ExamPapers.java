package vn.khaothi.engine.application.sitting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;
import vn.khaothi.engine.application.paper.PaperCatalog;

/**
 * The papers sittings deliver, read through the item bank's {@link PaperCatalog} and kept in
 * memory once APPROVED: an approved paper never changes (its items are pinned versions), and an
 * answer must be checked against its version's items without a trip to the bank each time.
 */
@ApplicationScoped
public class ExamPapers {

    @Inject
    Instance<PaperCatalog> catalogs;

    private final Map<Long, DeliverablePaper> approved = new ConcurrentHashMap<>();
    private PaperCatalog fixed;

    /** Over a given catalog (tests outside the container). */
    public static ExamPapers over(PaperCatalog catalog) {
        ExamPapers papers = new ExamPapers();
        papers.fixed = catalog;
        return papers;
    }

    /** The paper, or empty; 409 PAPERS_UNAVAILABLE when no paper service is deployed. */
    public Optional<DeliverablePaper> paper(long paperId) {
        DeliverablePaper cached = approved.get(paperId);
        if (cached != null) {
            return Optional.of(cached);
        }
        PaperCatalog catalog = fixed;
        if (catalog == null) {
            if (catalogs == null || !catalogs.isResolvable()) {
                throw SittingProblem.conflict("PAPERS_UNAVAILABLE", "No paper service is deployed");
            }
            catalog = catalogs.get();
        }
        Optional<DeliverablePaper> paper = catalog.paper(paperId);
        paper.filter(DeliverablePaper::approved).ifPresent(p -> approved.put(paperId, p));
        return paper;
    }

    /** The version an attempt was given. */
    public DeliverableVersion version(long paperId, String code) {
        return paper(paperId).flatMap(p -> p.version(code))
                .orElseThrow(() -> new IllegalStateException("paper " + paperId + " has no version " + code));
    }
}
