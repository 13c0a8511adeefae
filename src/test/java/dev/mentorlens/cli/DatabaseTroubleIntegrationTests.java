package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Database trouble reaches the user as one sentence with the --debug hint, never as framework logs. */
class DatabaseTroubleIntegrationTests {

    @TempDir
    Path work;

    @Test
    void aPostgresqlThatIsNotRunningAtStartFailsWithOneSentence() throws Exception {
        TestDatabase nowhere = new TestDatabase("postgres", "jdbc:postgresql://127.0.0.1:" + portNobodyListensOn()
                + "/test", "postgres");
        Path log = work.resolve("run.log");

        // a JVM of its own, so that framework logs written to the real stdout and stderr are seen too
        Process run = MentorLensCli.start(nowhere, log, "monthly", "--period", "2026-10", "--input", "sample-data",
                "--output", work.resolve("out").toString(), "--spring.profiles.active=postgres");

        assertThat(run.waitFor()).isEqualTo(1);
        assertThat(log).content().startsWith("Cannot reach the database (Connection to 127.0.0.1:")
                .contains("--debug").hasLineCount(1);
    }

    @Test
    void withDebugTheSameFailureShowsItsStackTrace() throws IOException {
        TestDatabase nowhere = new TestDatabase("postgres", "jdbc:postgresql://127.0.0.1:" + portNobodyListensOn()
                + "/test", "postgres");

        CommandResult result = MentorLensCli.run(nowhere, "status", "--debug");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("Cannot reach the database").contains("\tat org.postgresql.");
    }

    private static int portNobodyListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
