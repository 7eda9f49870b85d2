package vn.khaothi.engine.application.sitting;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;

/**
 * The items of each paper version (mã đề) as a student receives them, rendered once rather than
 * once per start (issue 19, the start spike: 10,000 students of 4 versions rendered 40 items each).
 * The rendering itself is the adapter's (web renders to JSON with the item type plug-ins); the rule
 * of what may be kept is the engine's: only an APPROVED paper is kept, because it never changes (its
 * items are pinned versions, see {@link ExamPapers}) so its rendering cannot go stale; any other
 * paper is rendered each time. Keyed by paper and version code, never by sitting: two sittings of one
 * approved paper show the same items. The rendering must be immutable, as it is shared between threads.
 *
 * @param <T> the pre-rendered payload (web's: an immutable JSON-P array)
 */
public final class RenderedVersions<T> {

    private record Key(long paperId, String code) {
    }

    private final Map<Key, T> rendered = new ConcurrentHashMap<>();
    private final Function<DeliverableVersion, T> render;

    public RenderedVersions(Function<DeliverableVersion, T> render) {
        this.render = render;
    }

    /** The version's items as the student receives them. */
    public T items(ShownVersion shown) {
        return items(shown.paper(), shown.version());
    }

    /** The version's items as the student receives them. */
    public T items(DeliverablePaper paper, DeliverableVersion version) {
        if (!paper.approved()) {
            return render.apply(version);
        }
        return rendered.computeIfAbsent(new Key(paper.id(), version.code()), k -> render.apply(version));
    }
}
