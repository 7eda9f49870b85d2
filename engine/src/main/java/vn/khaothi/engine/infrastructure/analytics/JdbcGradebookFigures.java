package vn.khaothi.engine.infrastructure.analytics;

import java.sql.SQLException;
import java.util.Set;
import vn.khaothi.engine.application.analytics.GradebookFigures;
import vn.khaothi.engine.application.platform.Transactions;

/** {@link GradebookFigures} over {@link GradebookReader} and {@link SittingScores#subjectsOf}, each read in the enclosing transaction. */
public final class JdbcGradebookFigures implements GradebookFigures {

    private final Transactions transactions;

    public JdbcGradebookFigures(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Read records(Integer semester, String subject, String classCode) {
        return read(c -> GradebookReader.records(c, semester, subject, classCode));
    }

    @Override
    public Scope scopeOf(String username) {
        return read(c -> GradebookReader.scopeOf(c, username));
    }

    @Override
    public Set<String> subjectsOf(String username) {
        return read(c -> SittingScores.subjectsOf(c, username));
    }

    private <T> T read(Transactions.Work<T> work) {
        try {
            return transactions.required(work);
        } catch (SQLException e) {
            throw new IllegalStateException("analytics storage failure", e);
        }
    }
}
