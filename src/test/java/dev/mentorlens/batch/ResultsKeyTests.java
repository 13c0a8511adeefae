package dev.mentorlens.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class ResultsKeyTests {

    private static final String BUILD = "0.1.0 2026-12-01T22:39:00Z";

    @Test
    void theSameRunOfTheSameBuildHasTheSameKeyWhateverItsRerunNumberAndFolders() {
        JobParameters again = run().addLong(MonthlyParameters.RERUN, 3L)
                .addString(MonthlyParameters.OUTPUT, "/elsewhere", false).toJobParameters();

        assertThat(ResultsKey.of(BUILD, again, "inputs", "rendering"))
                .isEqualTo(ResultsKey.of(BUILD, run().toJobParameters(), "inputs", "rendering"));
    }

    @Test
    void absentSettingsCountAsTheirDefaults() {
        JobParameters bare = new JobParametersBuilder().addString(MonthlyParameters.PERIOD, "2026-10")
                .addString(MonthlyParameters.PROGRAMME, "ALL").toJobParameters();

        assertThat(ResultsKey.of(BUILD, bare, "inputs", "rendering"))
                .isEqualTo(ResultsKey.of(BUILD, run().toJobParameters(), "inputs", "rendering"));
    }

    @Test
    void anotherBuildInputsRenderingOrSettingGivesAnotherKey() {
        String key = ResultsKey.of(BUILD, run().toJobParameters(), "inputs", "rendering");

        assertThat(ResultsKey.of("0.1.0 2026-12-02T08:00:00Z", run().toJobParameters(), "inputs", "rendering"))
                .isNotEqualTo(key);
        assertThat(ResultsKey.of(BUILD, run().toJobParameters(), "other inputs", "rendering")).isNotEqualTo(key);
        assertThat(ResultsKey.of(BUILD, run().toJobParameters(), "inputs", "other targets")).isNotEqualTo(key);
        for (JobParametersBuilder other : new JobParametersBuilder[] {
                run().addString(MonthlyParameters.PERIOD, "2026-11"),
                run().addString(MonthlyParameters.PROGRAMME, "career"),
                run().addString(MonthlyParameters.ZONE, "Europe/Berlin", false),
                run().addString(MonthlyParameters.MAX_REJECT_RATIO, "0.1", false),
                run().addLong(MonthlyParameters.ANONYMITY_THRESHOLD, 3L, false),
                run().addLong(MonthlyParameters.COMMENT_THRESHOLD, 20L, false),
                run().addLong(MonthlyParameters.SURVEY_WINDOW_MONTHS, 6L, false),
                run().addString(MonthlyParameters.BREAKDOWNS, "gender", false)}) {
            assertThat(ResultsKey.of(BUILD, other.toJobParameters(), "inputs", "rendering")).isNotEqualTo(key);
        }
    }

    private static JobParametersBuilder run() {
        return new JobParametersBuilder().addString(MonthlyParameters.PERIOD, "2026-10")
                .addString(MonthlyParameters.PROGRAMME, "ALL").addLong(MonthlyParameters.RERUN, 0L)
                .addString(MonthlyParameters.INPUT, "/in", false).addString(MonthlyParameters.OUTPUT, "/out", false)
                .addString(MonthlyParameters.ZONE, "UTC", false)
                .addString(MonthlyParameters.MAX_REJECT_RATIO, "0.05", false)
                .addLong(MonthlyParameters.ANONYMITY_THRESHOLD, 5L, false)
                .addLong(MonthlyParameters.COMMENT_THRESHOLD, 10L, false)
                .addLong(MonthlyParameters.SURVEY_WINDOW_MONTHS, 3L, false)
                .addString(MonthlyParameters.BREAKDOWNS, "", false);
    }
}
