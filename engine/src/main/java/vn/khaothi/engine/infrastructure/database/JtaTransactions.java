package vn.khaothi.engine.infrastructure.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import vn.khaothi.engine.application.platform.Transactions;

/**
 * {@link Transactions} in the container: the interceptor of {@link Transactional} joins or begins
 * the JTA transaction, and the pool enlists the connection it hands out, so JPA and every JDBC store
 * asking the same data source inside it share one connection and one commit. A checked
 * {@link SQLException} rolls back as a runtime exception does (JTA would otherwise commit it).
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    @Resource(lookup = "java:app/jdbc/khaothi")
    DataSource dataSource;

    @Override
    @Transactional(value = Transactional.TxType.REQUIRED, rollbackOn = SQLException.class)
    public <T> T required(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        }
    }
}
