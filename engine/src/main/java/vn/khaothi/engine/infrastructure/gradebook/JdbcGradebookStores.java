package vn.khaothi.engine.infrastructure.gradebook;

import vn.khaothi.engine.application.gradebook.GradebookStores;
import vn.khaothi.engine.application.platform.Transactions;

/** The gradebook's repositories in plain JDBC over one {@link Transactions} (JTA's in the container). */
public final class JdbcGradebookStores {

    private JdbcGradebookStores() {
    }

    public static GradebookStores over(Transactions transactions) {
        return new GradebookStores(new JdbcGradebook(transactions), new JdbcAppeals(transactions),
                new JdbcAmendments(transactions), new JdbcPublishedSittings(transactions));
    }
}
