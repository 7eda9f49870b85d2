package vn.khaothi.engine.infrastructure.attempt;

/**
 * The receipt of a durable entry: the journal's transaction that committed it (numbered from 1
 * per journal) and how many entries that transaction carried.
 */
public record JournalCommit(long transaction, int entries) {
}
