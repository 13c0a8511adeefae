package dev.mentorlens.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.mentorlens.monthly.MonthlyParameters;
import dev.mentorlens.monthly.OutputFolders;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the workbook and charts of every programme the metrics step wrote into the staging folder,
 * then the organisation workbook of every programme stored for the period into {@code ALL/}, from the
 * stored results only. Runs again on a restart: it only rewrites files.
 */
final class WorkbooksTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final ReportTemplates templates;

    WorkbooksTasklet(JdbcTemplate jdbc, ReportTemplates templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobParameters parameters = contribution.getStepExecution().getJobParameters();
        String period = parameters.getString(MonthlyParameters.PERIOD);
        Path staging = new OutputFolders(Path.of(parameters.getString(MonthlyParameters.OUTPUT))).staging(period);
        contribution.incrementWriteCount(new Workbooks(jdbc, templates).write(period, programmesIn(staging), staging));
        return RepeatStatus.FINISHED;
    }

    /** The programme folders the metrics step wrote (those holding a metrics.csv), except ALL. */
    static List<String> programmesIn(Path staging) {
        try (Stream<Path> folders = Files.list(staging)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("metrics.csv")))
                    .map(f -> f.getFileName().toString()).filter(name -> !name.equals(ProgrammeData.ALL))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + staging + ": " + e.getMessage(), e);
        }
    }
}
