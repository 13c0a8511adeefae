package dev.mentorlens.partition;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;

/**
 * Remote partitioning needs a job repository every process reaches: the embedded H2 database is a file
 * only one process opens, so remote mode refuses to start on it.
 */
final class SharedDatabaseCheck implements InitializingBean {

    private final DataSource dataSource;

    SharedDatabaseCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            if (url != null && url.startsWith("jdbc:h2:")) {
                throw new IllegalStateException("Remote partitioning needs a database that the manager and every"
                        + " worker reach, such as PostgreSQL (--spring.profiles.active=postgres,remote); the embedded"
                        + " database " + url + " is opened by one process only.");
            }
        }
    }
}
