package vn.khaothi.engine.application.sitting;

import vn.khaothi.engine.application.paper.DeliverablePaper;
import vn.khaothi.engine.application.paper.DeliverableVersion;

/**
 * The paper version (mã đề) whose items a student is shown: the adapter renders it (through
 * {@link RenderedVersions}, once per approved version) — never with a key.
 */
public record ShownVersion(DeliverablePaper paper, DeliverableVersion version) {
}
