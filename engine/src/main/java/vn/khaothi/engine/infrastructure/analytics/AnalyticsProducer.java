package vn.khaothi.engine.infrastructure.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import vn.khaothi.engine.application.analytics.GradebookFigures;
import vn.khaothi.engine.application.analytics.SittingFigures;
import vn.khaothi.engine.infrastructure.database.JtaTransactions;

/** The analytics' JDBC readers for CDI, in JTA transactions (a read inside the caller's transaction joins it). */
@ApplicationScoped
public class AnalyticsProducer {

    @Inject
    JtaTransactions transactions;

    @Produces
    GradebookFigures gradebookFigures() {
        return new JdbcGradebookFigures(transactions);
    }

    @Produces
    SittingFigures sittingFigures() {
        return new JdbcSittingFigures(transactions);
    }
}
