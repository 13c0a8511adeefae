package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;

class FailuresTests {

    @Test
    void aServerThatRefusesConnectionsIsNamedUnreachable() {
        var failure = new IllegalStateException("Error creating bean with name 'flywayInitializer'",
                new SQLException("Connection to 127.0.0.1:5499 refused.", "08001", new ConnectException("refused")));

        assertThat(Failures.sentence(failure)).startsWith("Cannot reach the database (Connection to 127.0.0.1:5499 refused)")
                .endsWith("(run again with --debug for details).").doesNotContain("\n");
    }

    @Test
    void aPoolThatGetsNoConnectionMidRunIsNamedUnreachable() {
        var failure = new DataAccessResourceFailureException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms"));

        assertThat(Failures.sentence(failure)).startsWith("Cannot reach the database (HikariPool-1");
    }

    @Test
    void aServerShutdownMidStatementIsNamedUnreachable() {
        var failure = new UncategorizedSQLException("insert", "insert into x",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        assertThat(Failures.sentence(failure)).startsWith("Cannot reach the database (FATAL: terminating connection");
    }

    @Test
    void aFullDiskIsNamedWithWhatToDo() {
        var failure = new UncategorizedSQLException("update", "update batch_step_execution set ...",
                new SQLException("General error: \"java.lang.IllegalStateException: Could not write to file"
                        + " [No space left on device]\" [50000-240]", "HY000", 50000,
                        new IOException("No space left on device")));

        assertThat(Failures.sentence(failure)).startsWith("The disk that holds the database or the outputs is full;")
                .doesNotContain("batch_step_execution");
        assertThat(Failures.sentence(new UncheckedIOException(new IOException("No space left on device"))))
                .startsWith("The disk that holds the database or the outputs is full;");
    }

    @Test
    void anEmbeddedDatabaseHeldByAnotherProcessSaysSo() {
        var failure = new IllegalStateException(new SQLException(
                "Database may be already in use: \"/srv/data/mentorlens.mv.db\". Possible solutions: close all other"
                        + " connection(s); use the server mode [90020-240]", "90020", 90020));

        assertThat(Failures.sentence(failure)).startsWith("The embedded database is in use by another MentorLens process;");
    }

    @Test
    void anotherDatabaseErrorKeepsOnlyItsFirstLineWithoutTheStatement() {
        var failure = new UncategorizedSQLException("select", "select secret from employee",
                new SQLException("Value too long for column \"CITY\"; SQL statement:\ninsert into employee values ('E1',"
                        + " 'Jane Doe') [22001-240]", "22001", 22001));

        String sentence = Failures.sentence(failure);

        assertThat(sentence).isEqualTo("The database refused an operation (Value too long for column \"CITY\")"
                + " (run again with --debug for details).");
    }

    @Test
    void anyOtherFailureIsOneShortLine() {
        String sentence = Failures.sentence(new IllegalStateException("x".repeat(5000) + "\nat line 2"));

        assertThat(sentence).startsWith("MentorLens stopped: xxx").doesNotContain("\n").hasSizeLessThan(300);
    }
}
