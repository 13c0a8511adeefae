package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.ConsoleBrowser;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.ServeApp;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * A viewer limited to one programme, on the API and in the console: it sees the runs of every programme and
 * of its own, and downloads its programme's files only; everything else is a 404, as if it did not exist.
 */
class ProgrammeViewersIntegrationTests {

    static final String CAREER = "career-mentoring";
    static final String PEER = "peer-coaching";
    static final String CARLA = "carla";
    static final String CARLA_PASSWORD = "career-secret-1";
    private static final String PERIOD = "2026-02";

    private static final Map<String, ServeApp> APPS = new ConcurrentHashMap<>();
    private static final Map<String, long[]> RUNS = new ConcurrentHashMap<>();

    /** serve with the jobs {@code reports} (every programme) and {@code peer-reports} (peer-coaching alone). */
    private static ServeApp app(String kind) {
        return APPS.computeIfAbsent(kind, k -> {
            ServeApp app = new ServeApp(k, "viewers");
            new InputFolderBuilder().withTwoProgrammes(CAREER, PEER).writeTo(app.base().resolve("in"));
            app.job("reports.yml", definition("reports", "all"));
            app.job("peer-reports.yml", definition("peer-reports", "[" + PEER + "]")
                    + "recipients: {" + PEER + ": [peer@example.com], ALL: [hr@example.com]}\n");
            List<String> args = new ArrayList<>(ApiUsers.ARGS);
            args.addAll(List.of("--mentorlens.users[2].name=" + CARLA,
                    "--mentorlens.users[2].password-hash=" + new BCryptPasswordEncoder().encode(CARLA_PASSWORD),
                    "--mentorlens.users[2].roles=viewer", "--mentorlens.users[2].programmes=" + CAREER));
            return app.start(args.toArray(String[]::new));
        });
    }

    private static String definition(String name, String programmes) {
        return """
                name: %s
                kind: monthly-report
                schedule:
                  cron: "0 0 0 1 1 *"
                  zone: UTC
                input: in
                output: out
                programmes: %s
                settings:
                  max-reject-ratio: 1
                """.formatted(name, programmes);
    }

    /** The run of every programme, then the run of peer-coaching alone, of the same month. */
    private static long[] runs(String kind) {
        return RUNS.computeIfAbsent(kind, k -> {
            ApiClient ops = new ApiClient(app(k).port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
            return new long[] {completed(ops, "reports"), completed(ops, "peer-reports")};
        });
    }

    private static long completed(ApiClient ops, String job) {
        JsonNode launch = ApiIntegrationTests.awaitEnd(ops, ops.post("/api/jobs/" + job + "/start?period=" + PERIOD)
                .json().path("id").asLong());
        assertThat(launch.path("outcome").asString()).as(launch.toString()).isEqualTo("COMPLETED");
        return launch.path("results").path(0).path("run").path("id").asLong();
    }

    private static ApiClient carla(String kind) {
        return new ApiClient(app(kind).port()).as(CARLA, CARLA_PASSWORD);
    }

    private static String workbook(String programme) {
        return programme + "/" + programme + "-" + PERIOD + ".xlsx";
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aCareerViewerDownloadsItsWorkbookButNotPeerCoachingsNorTheOrganisationsFromTheApi(String kind)
            throws IOException {
        long all = runs(kind)[0];
        ApiClient carla = carla(kind);
        String files = "/api/runs/" + all + "/files";

        JsonNode listed = carla.get(files).json();
        List<String> paths = new ArrayList<>();
        listed.path("files").forEach(file -> paths.add(file.path("path").asString()));
        Path folder = Path.of(listed.path("folder").asString());

        assertThat(paths).contains(workbook(CAREER)).allMatch(path -> path.startsWith(CAREER + "/"));
        assertThat(Files.exists(folder.resolve(workbook(PEER)))).as("peer-coaching's workbook was published").isTrue();
        ApiClient.Download own = carla.download(files + "/" + workbook(CAREER));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.bytes()).isEqualTo(Files.readAllBytes(folder.resolve(workbook(CAREER))));
        assertThat(List.of(workbook(PEER), "ALL/organisation-" + PERIOD + ".xlsx", "manifest.json", PEER + "/metrics.csv"))
                .allSatisfy(other -> assertThat(carla.download(files + "/" + other).status()).as(other).isEqualTo(404));
        ApiClient ops = new ApiClient(app(kind).port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
        assertThat(ops.download(files + "/" + workbook(PEER)).status()).as("ops get every file").isEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aCareerViewerDoesNotSeeARunOfPeerCoachingAloneNorItsJobOrLaunches(String kind) {
        long all = runs(kind)[0];
        long peer = runs(kind)[1];
        ApiClient carla = carla(kind);

        assertThat(carla.get("/api/runs/" + peer).status()).isEqualTo(404);
        assertThat(carla.get("/api/runs/" + peer + "/progress").status()).isEqualTo(404);
        assertThat(carla.download("/api/runs/" + peer + "/files/" + workbook(CAREER)).status()).isEqualTo(404);
        assertThat(carla.get("/api/runs?limit=500").json()).extracting(run -> run.path("id").asLong())
                .contains(all).doesNotContain(peer);
        assertThat(carla.get("/api/runs?programme=" + PEER).json()).isEmpty();
        JsonNode jobs = carla.get("/api/jobs").json().path("jobs");
        assertThat(jobs).extracting(job -> job.path("name").asString()).containsExactly("reports");
        assertThat(carla.get("/api/jobs/peer-reports").status()).isEqualTo(404);
        assertThat(carla.get("/api/launches").json()).extracting(launch -> launch.path("job").asString())
                .isNotEmpty().containsOnly("reports");
        assertThat(carla.post("/api/jobs/reports/start?period=" + PERIOD).status()).isEqualTo(403);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void inTheConsoleACareerViewerGetsItsWorkbookAndA404ForPeerCoachings(String kind) {
        long all = runs(kind)[0];
        long peer = runs(kind)[1];
        ConsoleBrowser carla = new ConsoleBrowser(app(kind).port());
        carla.logIn(CARLA, CARLA_PASSWORD);

        ConsoleBrowser.Page page = carla.get("/runs/" + all);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("href=\"/runs/" + all + "/files/" + workbook(CAREER) + "\"")
                .doesNotContain(workbook(PEER), "organisation-" + PERIOD, "manifest.json");
        assertThat(carla.get("/runs/" + all + "/files/" + workbook(CAREER)).status()).isEqualTo(200);
        assertThat(carla.get("/runs/" + all + "/files/" + workbook(PEER)).status()).isEqualTo(404);
        assertThat(carla.get("/runs/" + all + "/files/ALL/organisation-" + PERIOD + ".xlsx").status()).isEqualTo(404);
        assertThat(carla.get("/runs/" + peer).status()).isEqualTo(404);
        assertThat(carla.get("/runs").html()).contains("href=\"/runs/" + all + "\"")
                .doesNotContain("href=\"/runs/" + peer + "\"");
        assertThat(carla.get("/").html()).contains("reports").doesNotContain("peer-reports", "peer@example.com");
    }
}
