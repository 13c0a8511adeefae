package dev.mentorlens.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import dev.mentorlens.ingest.InputFileException;
import dev.mentorlens.ingest.InputFolder;
import dev.mentorlens.metrics.BreakdownNames;
import dev.mentorlens.report.ReportTemplateException;
import dev.mentorlens.report.ReportTemplates;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/**
 * What a run needs, checked before it is recorded and before the first row is ingested: the input
 * folder with every required file and column, the programme asked for in programmes.csv, the
 * breakdowns asked for among the employees' columns, the workbook templates, and an output folder that can be written. Reads only headers and the
 * programme ids, so it takes well under a second.
 */
@Component
public class Preflight {

    private final ReportTemplates templates;

    Preflight(ReportTemplates templates) {
        this.templates = templates;
    }

    void check(JobParameters parameters) {
        checkFolders(Path.of(parameters.getString(MonthlyParameters.INPUT)),
                parameters.getString(MonthlyParameters.PROGRAMME, MonthlyParameters.ALL_PROGRAMMES),
                Path.of(parameters.getString(MonthlyParameters.OUTPUT)));
        checkBreakdowns(parameters.getString(MonthlyParameters.BREAKDOWNS),
                Path.of(parameters.getString(MonthlyParameters.INPUT)));
        checkTemplates();
    }

    /**
     * The checks that need neither the database nor the application: the input folder with every
     * required file and column, the programme in programmes.csv (unless all of them run), and an
     * output folder that can be written. The command line runs them before the application starts,
     * so that such a mistake is answered at once.
     *
     * @throws IllegalArgumentException with one sentence naming the folder, file or programme at fault
     */
    public static void checkFolders(Path input, String programme, Path output) {
        if (!Files.isDirectory(input)) {
            throw new PreflightException("The input folder " + input + " does not exist; give the folder of the"
                    + " HR exports with --input.");
        }
        InputFolder folder = new InputFolder(input);
        try {
            folder.checkAllSources();
            if (!MonthlyParameters.ALL_PROGRAMMES.equals(programme)) {
                Set<String> known = folder.programmeIds();
                if (!known.contains(programme)) {
                    throw new PreflightException("Programme '" + programme + "' is not in " + input.resolve(
                            "programmes.csv") + "; known programmes: " + String.join(", ", new TreeSet<>(known))
                            + ".");
                }
            }
        } catch (InputFileException e) {
            throw new PreflightException(e.getMessage(), true);
        }
        checkOutput(output);
    }

    private static void checkBreakdowns(String setting, Path input) {
        try {
            BreakdownNames.of(setting, input);
        } catch (InputFileException e) {
            // the SPEC's exit 1: the name is checked against an input file's columns
            throw new PreflightException(e.getMessage(), true);
        }
    }

    private void checkTemplates() {
        try {
            templates.check();
        } catch (ReportTemplateException e) {
            throw new PreflightException(e.getMessage());
        }
    }

    private static void checkOutput(Path output) {
        Path existing = output.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new PreflightException("The output folder " + output + " cannot be created or written"
                    + (existing == null ? "" : " (" + existing + " is not a writable folder)")
                    + "; give another --output.");
        }
    }
}
