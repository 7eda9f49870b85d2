package vn.khaothi.engine.application.paper;

import java.util.Optional;

/**
 * What the engine (sittings and attempts) reads of a paper (đề kiểm tra): its facts, its versions
 * (mã đề) and, for each placed item, the frozen item content it was assembled with. Read-only; the
 * paper service of this module implements it as a CDI bean.
 */
public interface PaperCatalog {

    /** The paper with all its versions, or empty when there is no such paper. */
    Optional<DeliverablePaper> paper(long paperId);
}
