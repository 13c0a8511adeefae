package dev.mentorlens.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.mentorlens.runs.RunFiles.RunFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunFilesTests {

    @TempDir
    Path temp;

    private Path folder;
    private RunFiles files;

    @BeforeEach
    void publishAPeriodFolderBesideASecret() throws IOException {
        folder = Files.createDirectories(temp.resolve("out/2026-02"));
        Files.createDirectories(folder.resolve("career"));
        Files.writeString(folder.resolve("manifest.json"), "{}");
        Files.writeString(folder.resolve("career/metrics.csv"), "a,b\n");
        Files.writeString(folder.resolve("career/chart.png"), "png");
        Files.writeString(folder.resolve(".run"), "7");
        Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(temp.resolve("elsewhere/other.csv"), "x");
        Files.createSymbolicLink(folder.resolve("career/linked.csv"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(folder.resolve("linked-folder"), temp.resolve("elsewhere"));
        files = RunFiles.in(folder);
    }

    @Test
    void listsThePublishedRegularFilesWithTheirKindButNoLinkAndNoHiddenFile() {
        assertThat(files.list()).containsExactly(new RunFile("career/chart.png", "chart", 3),
                new RunFile("career/metrics.csv", "csv", 4), new RunFile("manifest.json", "manifest", 2));
    }

    @Test
    void findsAListedFileByItsRelativePath() throws IOException {
        Path expected = folder.resolve("career/metrics.csv").toRealPath();

        assertThat(files.find("career/metrics.csv")).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "career/../../secret.txt", "career/../manifest.json", "./manifest.json",
            "career/linked.csv", "linked-folder/other.csv", ".run", "career//metrics.csv", "career\\metrics.csv",
            "%2e%2e/secret.txt", "..%2fsecret.txt", "career/", "", "C:/secret.txt"})
    void refusesEveryPathThatIsNotAListedFile(String requested) {
        assertThat(files.find(requested)).isEmpty();
    }

    @Test
    void refusesAnAbsolutePathEvenToAPublishedFile() {
        assertThat(files.find(folder.resolve("manifest.json").toString())).isEmpty();
        assertThat(files.find(temp.resolve("secret.txt").toString())).isEmpty();
    }

    @Test
    void listsNothingWhileTheFolderIsNotPublished() {
        assertThat(RunFiles.in(temp.resolve("out/2026-03")).list()).isEmpty();
        assertThat(RunFiles.in(temp.resolve("out/2026-03")).find("manifest.json")).isEmpty();
    }
}
