package dev.mentorlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.mentorlens.support.CommandResult;
import dev.mentorlens.support.InputFolderBuilder;
import dev.mentorlens.support.MentorLensCli;
import dev.mentorlens.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site configuration is found where it is named, and a named one that is missing is not replaced by defaults. */
class SiteConfigIntegrationTests {

    @TempDir
    Path work;

    @Test
    void aNamedSiteConfigurationThatIsMissingIsAUsageError() {
        Path missing = work.resolve("jobs/monthly-report.yml");

        CommandResult result = MentorLensCli.run(TestDatabase.create("h2", "site_missing"), "monthly", "--period",
                "2026-02", "--config", missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("The site configuration " + missing + " does not exist");
    }

    @Test
    void theSettingsOfANamedSiteConfigurationAreUsedWithFoldersRelativeToIt() throws Exception {
        TestDatabase db = TestDatabase.create("h2", "site_used");
        new InputFolderBuilder().writeTo(work.resolve("site/exports"));
        Path config = Files.createDirectories(work.resolve("site/jobs")).resolve("monthly-report.yml");
        Files.writeString(config, """
                mentorlens:
                  monthly:
                    input: exports
                    output: published
                    max-reject-ratio: 1
                    anonymity-threshold: 12
                """);

        CommandResult result = MentorLensCli.run(db, "monthly", "--period", "2026-02", "--config", config.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(work.resolve("site/published/2026-02/manifest.json")).exists();
        assertThat(db.jdbc().queryForObject("select parameter_value from batch_job_execution_params"
                + " where parameter_name = 'anonymityThreshold'", String.class)).isEqualTo("12");
    }
}
