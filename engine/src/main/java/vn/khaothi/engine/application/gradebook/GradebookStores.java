package vn.khaothi.engine.application.gradebook;

import vn.khaothi.engine.domain.gradebook.AmendmentRepository;
import vn.khaothi.engine.domain.gradebook.AppealRepository;
import vn.khaothi.engine.domain.gradebook.GradebookRepository;
import vn.khaothi.engine.domain.gradebook.PublishedSittings;

/**
 * The repositories the gradebook's use cases work on, given together because they share one
 * transaction ({@link GradebookRepository#atomically}): a change to a mark, the appeal or amendment
 * that caused it and its audit entry commit together. Implemented in {@code infrastructure/gradebook}.
 */
public record GradebookStores(GradebookRepository gradebook, AppealRepository appeals, AmendmentRepository amendments,
                              PublishedSittings sittings) {
}
