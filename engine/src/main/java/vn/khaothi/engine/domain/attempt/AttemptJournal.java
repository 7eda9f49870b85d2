package vn.khaothi.engine.domain.attempt;

import java.util.concurrent.CompletableFuture;

/**
 * Where an attempt's answers and integrity events become durable (port). The future completes only
 * once the entry is committed — the moment an acknowledgement may be sent — and fails otherwise, so
 * no caller ever acknowledges an answer that is not stored. A resent (attempt, item, seq) is stored
 * once and still completes. Implemented by the JDBC group-commit journal
 * ({@code infrastructure.attempt.AnswerJournal}); a map will do in a unit test.
 */
public interface AttemptJournal {

    /** Queues an answer; completes when committed (the ack), fails when not. */
    CompletableFuture<?> append(AnswerStep step);

    /** Queues an integrity event, committed like the answers. */
    CompletableFuture<?> record(IntegrityEvent event);
}
