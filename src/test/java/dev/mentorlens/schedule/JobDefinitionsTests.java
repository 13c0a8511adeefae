package dev.mentorlens.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.mentorlens.schedule.JobDefinition.Comparison;
import dev.mentorlens.schedule.JobDefinition.JobSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobDefinitionsTests {

    private static final JobSettings SITE = new JobSettings("UTC", 0.05, 5, 10, 3, List.of());

    private static final String VALID = """
            name: monthly
            kind: monthly-report
            schedule:
              cron: "0 0 6 2 * *"
              zone: Europe/London
            period: previous-month
            input: in
            output: out
            """;

    @TempDir
    Path base;

    private Path jobs;

    @BeforeEach
    void folders() throws IOException {
        jobs = Files.createDirectories(base.resolve("jobs"));
        Files.createDirectories(base.resolve("in"));
    }

    @Test
    void readsAMonthlyDefinitionWithFoldersRelativeToTheFolderHoldingJobs() throws IOException {
        write("monthly.yml", VALID + """
                programmes: [career, peer]
                settings:
                  anonymity-threshold: 7
                  breakdowns: [gender, generation]
                recipients:
                  career: [lead@example.com]
                  ALL: [hr@example.com]
                alerts: [ops@example.com]
                """);

        JobDefinitions.Loaded loaded = JobDefinitions.load(jobs, SITE);

        assertThat(loaded.problems()).isEmpty();
        JobDefinition definition = loaded.named("monthly").orElseThrow();
        assertThat(definition.kind()).isEqualTo(JobKind.MONTHLY_REPORT);
        assertThat(definition.scheduleZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(definition.input()).isEqualTo(base.resolve("in").toAbsolutePath().normalize());
        assertThat(definition.output()).isEqualTo(base.resolve("out").toAbsolutePath().normalize());
        assertThat(definition.programmes()).containsExactly("career", "peer");
        assertThat(definition.settings()).isEqualTo(new JobSettings("UTC", 0.05, 7, 10, 3,
                List.of("gender", "generation")));
        assertThat(definition.recipients()).isEqualTo(Map.of("career", List.of("lead@example.com"),
                "ALL", List.of("hr@example.com")));
        assertThat(definition.alerts()).containsExactly("ops@example.com");
    }

    @Test
    void settingsLeftOutAreTheSiteDefaultsAndProgrammesAllMeansOneRunOfEveryProgramme() throws IOException {
        write("monthly.yml", VALID + "programmes: all\n");

        JobDefinition definition = JobDefinitions.load(jobs, SITE).definitions().get(0);

        assertThat(definition.settings()).isEqualTo(SITE);
        assertThat(definition.programmes()).isEmpty();
    }

    @Test
    void readsACohortComparison() throws IOException {
        write("compare.yml", """
                name: quarterly
                kind: cohort-comparison
                schedule: {cron: "0 0 7 3 1,4,7,10 *", zone: UTC}
                period: previous-quarter
                input: in
                output: out
                comparisons:
                  - programme: career
                    cohorts: [2025-spring, 2026-spring]
                """);

        JobDefinition definition = JobDefinitions.load(jobs, SITE).named("quarterly").orElseThrow();

        assertThat(definition.kind()).isEqualTo(JobKind.COHORT_COMPARISON);
        assertThat(definition.period()).isEqualTo(PeriodRule.PREVIOUS_QUARTER);
        assertThat(definition.comparisons()).containsExactly(new Comparison("career", "2025-spring", "2026-spring"));
    }

    @Test
    void aBadCronNamesTheFileAndTheFieldAndTheOtherDefinitionsStillLoad() throws IOException {
        write("a-good.yml", VALID);
        write("b-bad.yml", VALID.replace("name: monthly", "name: other").replace("0 0 6 2 * *", "0 6 2 * *"));

        JobDefinitions.Loaded loaded = JobDefinitions.load(jobs, SITE);

        assertThat(loaded.definitions()).extracting(JobDefinition::name).containsExactly("monthly");
        assertThat(loaded.problems()).singleElement().asString()
                .startsWith("jobs/b-bad.yml: schedule.cron '0 6 2 * *' is not a cron expression")
                .contains("six fields");
    }

    @Test
    void rejectsAnUnknownKind() throws IOException {
        write("job.yml", VALID.replace("kind: monthly-report", "kind: weekly-digest"));

        assertThat(JobDefinitions.load(jobs, SITE).problems()).containsExactly("jobs/job.yml: kind 'weekly-digest' is"
                + " not valid; expected monthly-report or cohort-comparison.");
    }

    @Test
    void rejectsAnUnknownScheduleZone() throws IOException {
        write("job.yml", VALID.replace("zone: Europe/London", "zone: Europe/Londres"));

        assertThat(JobDefinitions.load(jobs, SITE).problems()).containsExactly("jobs/job.yml: schedule.zone"
                + " 'Europe/Londres' is not valid; expected a time zone such as Europe/London or UTC.");
    }

    @Test
    void rejectsAMissingOutputFolderField() throws IOException {
        write("job.yml", VALID.replace("output: out\n", ""));

        assertThat(JobDefinitions.load(jobs, SITE).problems()).containsExactly("jobs/job.yml: output is missing.");
    }

    @Test
    void rejectsAnInputFolderThatDoesNotExist() throws IOException {
        write("job.yml", VALID.replace("input: in", "input: nowhere"));

        assertThat(JobDefinitions.load(jobs, SITE).problems()).singleElement().asString()
                .startsWith("jobs/job.yml: input 'nowhere' is not a folder");
    }

    @Test
    void rejectsAMisspelledFieldRatherThanIgnoringIt() throws IOException {
        write("job.yml", VALID + "settings:\n  anonymity-treshold: 3\n");

        assertThat(JobDefinitions.load(jobs, SITE).problems()).singleElement().asString()
                .startsWith("jobs/job.yml: unknown field settings.anonymity-treshold; expected one of");
    }

    @Test
    void rejectsSettingsOutOfRange() throws IOException {
        write("job.yml", VALID + "settings:\n  max-reject-ratio: 1.5\n");

        assertThat(JobDefinitions.load(jobs, SITE).problems()).containsExactly("jobs/job.yml: settings.max-reject-ratio"
                + " '1.5' is not valid; expected a number from 0 to 1.");
    }

    @Test
    void rejectsRecipientsOfAProgrammeTheJobDoesNotRun() throws IOException {
        write("job.yml", VALID + "programmes: [career]\nrecipients:\n  peer: [lead@example.com]\n");

        assertThat(JobDefinitions.load(jobs, SITE).problems()).singleElement().asString()
                .startsWith("jobs/job.yml: recipients.peer 'peer' is not valid; expected one of the job's programmes");
    }

    @Test
    void rejectsAnAddressThatIsNotOne() throws IOException {
        write("job.yml", VALID + "alerts: [ops at example.com]\n");

        assertThat(JobDefinitions.load(jobs, SITE).problems()).containsExactly("jobs/job.yml: alerts"
                + " 'ops at example.com' is not valid; expected e-mail addresses such as ops@example.com.");
    }

    @Test
    void aComparisonNeedsTwoDifferentCohorts() throws IOException {
        write("job.yml", VALID.replace("monthly-report", "cohort-comparison")
                + "comparisons:\n  - programme: career\n    cohorts: [2026-spring, 2026-spring]\n");

        assertThat(JobDefinitions.load(jobs, SITE).problems()).singleElement().asString()
                .startsWith("jobs/job.yml: comparisons[1].cohorts '[2026-spring, 2026-spring]' is not valid");
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        write("job.yml", "name: x\nschedule: [unclosed\n");

        assertThat(JobDefinitions.load(jobs, SITE).problems()).singleElement().asString()
                .startsWith("jobs/job.yml line 3 is not valid YAML");
    }

    @Test
    void twoFilesWithOneNameKeepTheFirst() throws IOException {
        write("a.yml", VALID);
        write("b.yml", VALID);

        JobDefinitions.Loaded loaded = JobDefinitions.load(jobs, SITE);

        assertThat(loaded.definitions()).extracting(JobDefinition::file).containsExactly(jobs.resolve("a.yml"));
        assertThat(loaded.problems()).containsExactly("jobs/b.yml: name 'monthly' is already used by a.yml; give each"
                + " job a name of its own.");
    }

    @Test
    void theSiteConfigurationBesideTheDefinitionsIsNotAJob() throws IOException {
        write("monthly-report.yml", "mentorlens:\n  monthly:\n    zone: UTC\n");

        JobDefinitions.Loaded loaded = JobDefinitions.load(jobs, SITE);

        assertThat(loaded.definitions()).isEmpty();
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void theShippedDefinitionsAreValid() {
        JobDefinitions.Loaded loaded = JobDefinitions.load(Path.of("jobs").toAbsolutePath(), SITE);

        assertThat(loaded.problems()).isEmpty();
        JobDefinition monthly = loaded.named("monthly-programme-reports").orElseThrow();
        assertThat(monthly.cron()).isEqualTo("0 0 6 2 * *");
        assertThat(monthly.scheduleZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(monthly.period()).isEqualTo(PeriodRule.PREVIOUS_MONTH);
        assertThat(loaded.named("quarterly-cohort-comparison").orElseThrow().kind())
                .isEqualTo(JobKind.COHORT_COMPARISON);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(jobs.resolve(name), content);
    }
}
