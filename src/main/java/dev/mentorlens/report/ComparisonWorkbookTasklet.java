package dev.mentorlens.report;

import java.nio.file.Path;

import dev.mentorlens.metrics.ComparisonParameters;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes the comparison workbook, from the comparison the compare step stored, next to its CSV. */
final class ComparisonWorkbookTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final ReportTemplates templates;

    ComparisonWorkbookTasklet(JdbcTemplate jdbc, ReportTemplates templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobParameters parameters = contribution.getStepExecution().getJobParameters();
        String programmeId = parameters.getString(ComparisonParameters.PROGRAMME);
        String cohortA = parameters.getString(ComparisonParameters.COHORT_A);
        String cohortB = parameters.getString(ComparisonParameters.COHORT_B);
        Path base = ComparisonParameters.fileBase(parameters);
        ComparisonData data = new ReportDataRepository(jdbc).comparison(
                parameters.getString(ComparisonParameters.PERIOD), programmeId, cohortA, cohortB);
        ComparisonWorkbook.write(templates, data, base.resolveSibling(base.getFileName() + ".xlsx"));
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
