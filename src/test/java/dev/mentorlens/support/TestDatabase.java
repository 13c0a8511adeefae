package dev.mentorlens.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An empty database of its own for one test: an H2 file under target/, or a fresh schema in the
 * PostgreSQL at 127.0.0.1:5432 (database test, user postgres). A PostgreSQL that cannot be reached
 * fails the test with a message saying how to start it; it is never skipped.
 */
public record TestDatabase(String kind, String url, String username) {

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    /** {@code @MethodSource(TestDatabase.KINDS)} runs a parameterized test once per database kind. */
    public static final String KINDS = "dev.mentorlens.support.TestDatabase#kinds";

    public static List<String> kinds() {
        return List.of("h2", "postgres");
    }

    private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** A database used by this JVM only: the test and the commands it runs in-process share it, as the product does. */
    public static TestDatabase create(String kind, String name) {
        return create(kind, name, "");
    }

    /**
     * A database that this test reads while a child JVM writes it. Only for H2 does that need something
     * more: AUTO_SERVER, so that the second process can open the file the first one holds. The product's
     * own URL never has it, as it opens a listener that any local user can connect to.
     */
    public static TestDatabase createWatchedFromAnotherProcess(String kind, String name) {
        return create(kind, name, ";AUTO_SERVER=TRUE");
    }

    private static TestDatabase create(String kind, String name, String h2Sharing) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        if (kind.equals("h2")) {
            Path file = Path.of("target", "test-db", id).toAbsolutePath();
            return new TestDatabase(kind, "jdbc:h2:file:" + file + H2_SETTINGS + h2Sharing, "sa");
        }
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + id);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL at 127.0.0.1:5432 (database test, user postgres) is needed by this"
                    + " test and cannot be reached (" + e.getMessage() + "). Start it with: pg_ctlcluster"
                    + " --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
        }
        return new TestDatabase(kind, POSTGRES_URL + "?currentSchema=" + id, "postgres");
    }

    /** Command-line arguments that point MentorLens at this database. */
    public List<String> springArgs() {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                "--spring.datasource.password=");
    }

    /**
     * Whether a process has opened this database (of {@link #createWatchedFromAnotherProcess}). An H2 file
     * database is served by the first process that opens it, so a test that watches a child run must not
     * open it before the child does.
     */
    public boolean isOpenedByAProcess() {
        if (!kind.equals("h2")) {
            return true;
        }
        String file = url.substring("jdbc:h2:file:".length(), url.indexOf(';'));
        return java.nio.file.Files.exists(Path.of(file + ".lock.db"));
    }

    public DataSource dataSource() {
        return new DriverManagerDataSource(url, username, "");
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }
}
