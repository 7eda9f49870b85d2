package vn.khaothi.engine.application.paper;

import java.util.List;

/**
 * One version (mã đề) of a paper.
 *
 * @param id    the stored version's id (an attempt pins it in {@code attempt.paper_version_id})
 * @param code  the printed code, e.g. "101"
 * @param items in position order
 */
public record DeliverableVersion(long id, String code, List<DeliverableItem> items) {

    public DeliverableVersion {
        items = List.copyOf(items);
    }
}
