package dev.mentorlens;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way: cli -> web -> schedule -> delivery -> runs -> batch -> {ingest, metrics, report, partition}
 * -> {stats, network, charts}. A cycle would let a service grow back a dependency on jobs or the command line.
 */
class PackageDependencyTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.mentorlens");
    }

    @Test
    void noCycleBetweenTopLevelPackages() {
        slices().matching("dev.mentorlens.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void servicesKnowNothingOfJobsRunsOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("dev.mentorlens.ingest..", "dev.mentorlens.metrics..",
                "dev.mentorlens.report..", "dev.mentorlens.stats..", "dev.mentorlens.network..",
                "dev.mentorlens.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.mentorlens.batch..", "dev.mentorlens.runs..",
                        "dev.mentorlens.cli..")
                .check(classes);
    }

    @Test
    void partitioningKnowsNothingOfTheJobsOrTheirServices() {
        noClasses().that().resideInAPackage("dev.mentorlens.partition..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.mentorlens.batch..", "dev.mentorlens.runs..",
                        "dev.mentorlens.cli..", "dev.mentorlens.web..", "dev.mentorlens.schedule..",
                        "dev.mentorlens.ingest..", "dev.mentorlens.metrics..", "dev.mentorlens.report..")
                .check(classes);
    }

    @Test
    void servicesDoNotReadJobParameters() {
        noClasses().that().resideInAnyPackage("dev.mentorlens.ingest..", "dev.mentorlens.metrics..",
                "dev.mentorlens.report..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.batch.core.job.parameters.JobParameters")
                .check(classes);
    }

    @Test
    void onlyTheRunsServiceLaunchesJobs() {
        noClasses().that().resideOutsideOfPackages("dev.mentorlens.runs..")
                .should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.batch.core.launch.JobOperator")
                .check(classes);
    }

    @Test
    void theSchedulerAndTheWebApiLaunchThroughTheRunsServiceOnly() {
        noClasses().that().resideInAnyPackage("dev.mentorlens.schedule..", "dev.mentorlens.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.mentorlens.batch..",
                        "org.springframework.batch..")
                .check(classes);
    }

    @Test
    void jobsAndTheirServicesKnowNothingOfServe() {
        noClasses().that().resideInAnyPackage("dev.mentorlens.runs..", "dev.mentorlens.batch..",
                "dev.mentorlens.ingest..", "dev.mentorlens.metrics..", "dev.mentorlens.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.mentorlens.schedule..", "dev.mentorlens.web..",
                        "dev.mentorlens.delivery..")
                .check(classes);
    }

    @Test
    void deliveryKnowsRunsButNeitherTheSchedulerNorTheWebNorSpringBatch() {
        noClasses().that().resideInAPackage("dev.mentorlens.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.mentorlens.schedule..", "dev.mentorlens.web..",
                        "dev.mentorlens.cli..", "org.springframework.batch..")
                .check(classes);
    }
}
