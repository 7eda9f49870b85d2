package vn.khaothi.itembank.application.bank;

/**
 * A CDI event fired, inside the transaction, when an item or a paper moves in approval (issue 17,
 * point 4): the engine turns it into bell notifications for whoever must act next. Item-bank does
 * not depend on the engine, so it only says what happened.
 *
 * @param kind              {@code ITEM} or {@code PAPER}
 * @param owner             the item's author or the paper's creator
 * @param ownerHeadsSubject the owner heads the subject group (then the group step is the principal's)
 * @param title             a short text naming it (the stem's start, the paper's title)
 */
public record MaterialsMoved(String kind, long id, String subject, int grade, String from, String to, String actor,
                             String owner, boolean ownerHeadsSubject, String title, String note) {
}
