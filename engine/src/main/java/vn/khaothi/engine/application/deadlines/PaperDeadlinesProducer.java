package vn.khaothi.engine.application.deadlines;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import javax.sql.DataSource;
import vn.khaothi.rules.Regulations;

/** Makes {@link PaperDeadlines} injectable over the application's data source and each year's regulations. */
@ApplicationScoped
public class PaperDeadlinesProducer {

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    /** Dependent scope (a final class holding only the data source). */
    @Produces
    public PaperDeadlines paperDeadlines() {
        return new PaperDeadlines(dataSource, Regulations::forSchoolYear, Clock.systemUTC());
    }
}
