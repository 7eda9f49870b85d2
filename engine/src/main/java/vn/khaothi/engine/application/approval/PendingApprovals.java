package vn.khaothi.engine.application.approval;

import java.util.List;

/**
 * The read model behind {@link ApprovalQueue} (hàng chờ duyệt): items and papers waiting for one
 * person's step, newest first, never their own. Waiting for a head of the subject's group: an item
 * SUBMITTED, a paper DRAFT, unless written by a head of that subject; waiting for the principal (and
 * a deputy under a MATERIALS_APPROVAL delegation): anything GROUP_APPROVED, and what a head wrote.
 * Implemented in {@code infrastructure.approval}, in the caller's transaction.
 */
public interface PendingApprovals {

    /** One waiting item or paper; an item's title is its stem as plain text, at most 100 characters. */
    record Pending(long id, String subject, int grade, String status, String title, String author) {
    }

    List<Pending> items(String username, boolean forPrincipal, int max);

    List<Pending> papers(String username, boolean forPrincipal, int max);
}
