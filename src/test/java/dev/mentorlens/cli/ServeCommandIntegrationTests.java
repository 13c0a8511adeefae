package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.ServeApp;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} starts the web application; the batch commands never do. */
class ServeCommandIntegrationTests {

    @TempDir
    Path work;

    @Test
    void aBatchCommandStartsNoWebServerEvenGivenAPortThatIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            CommandResult status = MentorLensCli.run(TestDatabase.create("h2", "no_web"), "status",
                    "--server.port=" + taken.getLocalPort());

            assertThat(status.exitCode()).as(status.err()).isZero();
        }
    }

    @Test
    void serveStartsTheApiOnTheGivenPortAndSchedulesTheJobsFolder() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path jobs = Files.createDirectories(work.resolve("jobs"));
        Files.createDirectories(work.resolve("in"));
        Files.writeString(jobs.resolve("nightly.yml"), """
                name: nightly
                kind: monthly-report
                schedule: {cron: "0 0 2 * * *", zone: Europe/London}
                input: in
                output: out
                """);
        Files.writeString(jobs.resolve("typo.yml"), "name: typo\nkind: monthly-reprot\n");
        List<String> args = new ArrayList<>(List.of("serve", "--server.port=" + port,
                "--mentorlens.jobs.folder=" + jobs));
        args.addAll(ServeApp.OPS_USER);
        Path log = work.resolve("serve.log");
        Process serve = MentorLensCli.start(TestDatabase.create("h2", "serve_command"), log, args.toArray(String[]::new));
        try {
            ServeApp.await("serve says it serves", Duration.ofMinutes(2),
                    () -> read(log).contains("MentorLens serves on port " + port) || !serve.isAlive());
            ApiClient api = new ApiClient(port);

            assertThat(serve.isAlive()).as(read(log)).isTrue();
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
            assertThat(api.get("/api/jobs").status()).isEqualTo(401);
            assertThat(api.as("ops", "ops-password").get("/api/jobs").json().path("jobs").path(0).path("name")
                    .asString()).isEqualTo("nightly");
            assertThat(read(log)).contains("Job definition left out: jobs/typo.yml: kind 'monthly-reprot' is not valid");
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
