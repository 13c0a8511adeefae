package dev.mentorlens.report;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** Builds the workbook steps: {@code <job>WorkbooksStep} of the monthly job and the comparison workbook step. */
@Component
public class ReportSteps {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactionManager;
    private final JdbcTemplate jdbc;
    private final ReportTemplates templates;

    ReportSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
            ReportTemplates templates) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.jdbc = jdbc;
        this.templates = templates;
    }

    /** Programme and organisation workbooks into the staging folder; between the metrics and publish steps. */
    public Step workbooksStep(String jobName) {
        return new StepBuilder(jobName + "WorkbooksStep", jobRepository)
                .tasklet(new WorkbooksTasklet(jdbc, templates), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    /** The comparison workbook next to the comparison CSV; after the compare step. */
    public Step comparisonWorkbookStep(String jobName) {
        return new StepBuilder(jobName + "WorkbookStep", jobRepository)
                .tasklet(new ComparisonWorkbookTasklet(jdbc, templates), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }
}
