package vn.khaothi.engine.application.sitting;

import jakarta.json.JsonArray;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;

/**
 * The items of each paper version (mã đề) as a student receives them, rendered once rather than
 * once per start (issue 19, the start spike: 10,000 students of 4 versions rendered 40 items each).
 * Only an APPROVED paper is kept: it never changes (its items are pinned versions, see
 * {@link ExamPapers}), so its rendering cannot go stale; any other paper is rendered each time.
 * Keyed by paper and version code, never by sitting: two sittings of one approved paper show the same
 * items. The rendered array is immutable JSON-P, safe to share between threads.
 */
final class RenderedVersions {

    private record Key(long paperId, String code) {
    }

    private final Map<Key, JsonArray> rendered = new ConcurrentHashMap<>();
    private final Function<DeliverableVersion, JsonArray> render;

    RenderedVersions() {
        this(AttemptJson::items);
    }

    /** With the rendering given (tests count the renders). */
    RenderedVersions(Function<DeliverableVersion, JsonArray> render) {
        this.render = render;
    }

    /** The version's items as the student receives them. */
    JsonArray items(DeliverablePaper paper, DeliverableVersion version) {
        if (!paper.approved()) {
            return render.apply(version);
        }
        return rendered.computeIfAbsent(new Key(paper.id(), version.code()), k -> render.apply(version));
    }
}
