package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.support.ApiClient;
import dev.mentorlens.support.ApiClient.Download;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Listing and downloading what a run published, and every way a download could try to leave its folder. */
class RunFilesIntegrationTests {

    private static final String SECRET = "not for download";

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void listsTheRunsFilesAndServesEachByteForByteNamingTheDownloaderInTheAuditLog(String kind) throws IOException {
        ApiClient ops = ops(kind);
        long run = completedRun(ops, "2025-06");

        JsonNode listed = ops.get("/api/runs/" + run + "/files").json();
        List<String> paths = new ArrayList<>();
        listed.path("files").forEach(file -> paths.add(file.path("path").asString()));
        Path folder = Path.of(listed.path("folder").asString());

        assertThat(paths).contains("manifest.json").anyMatch(path -> path.endsWith(".xlsx"))
                .anyMatch(path -> path.endsWith(".csv"));
        String workbook = paths.stream().filter(path -> path.endsWith(".xlsx")).findFirst().orElseThrow();
        Download download = ops.download("/api/runs/" + run + "/files/" + workbook);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(Files.readAllBytes(folder.resolve(workbook)));
        assertThat(download.contentDisposition()).startsWith("attachment");
        assertThat(ops.get("/api/audit?limit=100").json()).anySatisfy(entry -> {
            assertThat(entry.path("user").asString()).isEqualTo(ApiUsers.OPS);
            assertThat(entry.path("action").asString()).isEqualTo("download");
            assertThat(entry.path("target").asString()).isEqualTo("run " + run);
            assertThat(entry.path("detail").asString()).isEqualTo(workbook);
        });
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void aDownloadNeverLeavesTheRunsOutputFolder(String kind) throws IOException {
        ApiClient viewer = new ApiClient(ApiIntegrationTests.app(kind).port()).as(ApiUsers.VIEWER,
                ApiUsers.VIEWER_PASSWORD);
        long run = completedRun(ops(kind), "2025-05");
        Path folder = Path.of(viewer.get("/api/runs/" + run + "/files").json().path("folder").asString());
        Path secret = folder.getParent().getParent().resolve("secret-" + kind + ".txt");
        Files.writeString(secret, SECRET);
        Files.createSymbolicLink(folder.resolve("link.csv"), secret);
        String files = "/api/runs/" + run + "/files/";
        String fromFolderToSecret = "../../" + secret.getFileName();

        List<String> attempts = List.of(files + fromFolderToSecret, files + "manifest.json/../" + fromFolderToSecret,
                files + fromFolderToSecret.replace("..", "%2e%2e"), files + fromFolderToSecret.replace("/", "%2f"),
                files + fromFolderToSecret.replace("..", "%2e%2e").replace("/", "%2f"),
                files + "%252e%252e%252f%252e%252e%252f" + secret.getFileName(), files + secret,
                files + "/" + secret, files + "link.csv", files + "..%5c..%5c" + secret.getFileName());

        assertThat(attempts).allSatisfy(attempt -> {
            Download refused = viewer.download(attempt);
            assertThat(refused.status()).as(attempt).isIn(400, 404);
            assertThat(new String(refused.bytes(), StandardCharsets.UTF_8)).as(attempt).doesNotContain(SECRET);
        });
        assertThat(viewer.get("/api/runs/" + run + "/files").body()).doesNotContain("link.csv");
        assertThat(viewer.download(files + "manifest.json").status()).as("a published file still downloads")
                .isEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource(TestDatabase.KINDS)
    void anUnknownRunOrFileIs404(String kind) {
        ApiClient ops = ops(kind);
        long run = completedRun(ops, "2025-04");

        assertThat(ops.get("/api/runs/987654/files").status()).isEqualTo(404);
        assertThat(ops.download("/api/runs/" + run + "/files/nothing.xlsx").status()).isEqualTo(404);
        assertThat(new ApiClient(ApiIntegrationTests.app(kind).port()).download("/api/runs/" + run
                + "/files/manifest.json").status()).isEqualTo(401);
    }

    private static ApiClient ops(String kind) {
        return new ApiClient(ApiIntegrationTests.app(kind).port()).as(ApiUsers.OPS, ApiUsers.OPS_PASSWORD);
    }

    private static long completedRun(ApiClient ops, String period) {
        JsonNode launch = ApiIntegrationTests.awaitEnd(ops, ops.post("/api/jobs/reports/start?period=" + period).json()
                .path("id").asLong());
        assertThat(launch.path("outcome").asString()).isEqualTo("COMPLETED");
        return launch.path("results").path(0).path("run").path("id").asLong();
    }
}
