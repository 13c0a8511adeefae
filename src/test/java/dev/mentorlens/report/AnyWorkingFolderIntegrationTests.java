package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mentorlens.MentorLensApplication;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monthly run started from a folder that has no report-templates/ (cron, a service account's home)
 * renders its workbooks on the templates inside the application, with no setting needed.
 */
class AnyWorkingFolderIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void monthlyWritesTheWorkbooksFromAFolderWithoutReportTemplates() throws Exception {
        TestDatabase db = TestDatabase.create("h2", "any_folder");
        Path workingFolder = Files.createDirectories(temp.resolve("cron-home"));
        Path out = temp.resolve("out");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), MentorLensApplication.class.getName(),
                "monthly", "--period", "2026-10", "--input", Path.of("sample-data").toAbsolutePath().toString(),
                "--output", out.toString()));
        command.addAll(db.springArgs());
        Path log = temp.resolve("run.log");

        int exit = new ProcessBuilder(command).directory(workingFolder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start().waitFor();

        assertThat(exit).as(Files.readString(log)).isZero();
        assertThat(workingFolder.resolve("report-templates")).doesNotExist();
        for (String programme : WorkbooksIntegrationTests.PROGRAMMES) {
            assertThat(out.resolve("2026-10").resolve(programme).resolve(programme + "-2026-10.xlsx")).isRegularFile();
        }
        assertThat(out.resolve("2026-10/ALL/organisation-2026-10.xlsx")).isRegularFile();
    }
}
