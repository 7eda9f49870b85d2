package vn.khaothi.engine.application.remote;

import java.time.Instant;
import java.util.List;

/** The in-app notifications (thông báo) of one transaction ({@link RemoteStore.Session}). */
public interface NotificationStore {

    /** Writes one notification; texts longer than their columns are cut with an ellipsis. */
    void insert(String recipient, String kind, String subjectId, String titleVi, String titleEn,
                String bodyVi, String bodyEn, String link, Instant at);

    /** The recipient's latest {@code limit} notifications, newest first. */
    List<Notification> of(String recipient, int limit);

    int unread(String recipient);

    /** Marks one of the recipient's notifications read at {@code at}; false when they have none with that id. */
    boolean markRead(String recipient, long id, Instant at);

    /** Marks all the recipient's unread notifications read at {@code at}; returns how many changed. */
    int markAllRead(String recipient, Instant at);
}
