package vn.khaothi.engine.infrastructure.analytics;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.khaothi.engine.application.analytics.SittingFigures;
import vn.khaothi.engine.application.platform.Transactions;
import vn.khaothi.itembank.application.statistics.ItemStatisticsLedger;

/** {@link SittingFigures} over {@link SittingScores} and the bank's {@link ItemStatisticsLedger}, in the enclosing transaction. */
public final class JdbcSittingFigures implements SittingFigures {

    private final Transactions transactions;

    public JdbcSittingFigures(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void scores(long sittingId, Consumer<Row> sink) {
        run(c -> {
            SittingScores.scores(c, sittingId, sink);
            return null;
        });
    }

    @Override
    public Map<Long, Map<Long, List<String>>> choices(long sittingId, Collection<Long> choiceItems) {
        return run(c -> SittingScores.choices(c, sittingId, choiceItems));
    }

    @Override
    public Map<Long, Integer> versionNumbers(Collection<Long> itemVersionIds) {
        return run(c -> SittingScores.versionNumbers(c, itemVersionIds));
    }

    @Override
    public Set<String> subjectsOf(String username) {
        return run(c -> SittingScores.subjectsOf(c, username));
    }

    @Override
    public int feedBank(long sittingId, List<ItemStatisticsLedger.Contribution> contributions, Instant at) {
        return run(c -> {
            SittingScores.lockSitting(c, sittingId);
            ItemStatisticsLedger.record(c, sittingId, contributions, at);
            return contributions.size();
        });
    }

    private <T> T run(Transactions.Work<T> work) {
        try {
            return transactions.required(work);
        } catch (SQLException e) {
            throw new IllegalStateException("analytics storage failure", e);
        }
    }
}
