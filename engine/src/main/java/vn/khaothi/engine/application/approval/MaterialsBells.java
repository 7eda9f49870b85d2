package vn.khaothi.engine.application.approval;

import java.time.Instant;
import java.util.List;

/**
 * What {@link MaterialsNotifications} reads about the school and the bell row it writes (table
 * {@code notification}, the remote-assessment bell's), in the caller's transaction — the move's.
 * Implemented in {@code infrastructure.approval}.
 */
public interface MaterialsBells {

    /** A subject's names; its code twice when the school has no such subject. */
    record SubjectNames(String vi, String en) {
    }

    /** One bell (thông báo) for one recipient. */
    record Bell(String kind, String subjectId, String titleVi, String titleEn, String bodyVi, String bodyEn,
                String link, Instant at) {
    }

    /** The active heads of the subject group teaching {@code subject} (tổ trưởng). */
    List<String> heads(String subject);

    /** The active principal, and every deputy holding a MATERIALS_APPROVAL delegation at {@code now}. */
    List<String> approvers(Instant now);

    /** The person's display name, or the username when there is no such account. */
    String displayName(String username);

    SubjectNames subjectNames(String code);

    /** Stores the bell (texts cut to their columns' widths). */
    void ring(String recipient, Bell bell);
}
