package dev.mentorlens.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;

import dev.mentorlens.ingest.InputFileException;
import dev.mentorlens.ingest.InputFolder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a run needs, checked before it is recorded and before the first row is ingested: the input
 * folder with every required file and column, the programme asked for in programmes.csv, the
 * workbook templates, and an output folder that can be written. Reads only headers and the
 * programme ids, so it takes well under a second.
 */
@Component
class Preflight {

    static final List<String> TEMPLATES = List.of("programme.xlsx", "organisation.xlsx", "comparison.xlsx");

    private final Path templates;

    Preflight(@Value("${mentorlens.report.templates:report-templates}") String templates) {
        this.templates = Path.of(templates);
    }

    void check(JobParameters parameters) {
        Path input = Path.of(parameters.getString(MonthlyParameters.INPUT));
        if (!Files.isDirectory(input)) {
            throw new PreflightException("The input folder " + input + " does not exist; give the folder of the"
                    + " HR exports with --input.");
        }
        InputFolder folder = new InputFolder(input);
        try {
            folder.checkAllSources();
            String programme = parameters.getString(MonthlyParameters.PROGRAMME, MonthlyParameters.ALL_PROGRAMMES);
            if (!MonthlyParameters.ALL_PROGRAMMES.equals(programme)) {
                Set<String> known = folder.programmeIds();
                if (!known.contains(programme)) {
                    throw new PreflightException("Programme '" + programme + "' is not in " + input.resolve(
                            "programmes.csv") + "; known programmes: " + String.join(", ", new TreeSet<>(known))
                            + ".");
                }
            }
        } catch (InputFileException e) {
            throw new PreflightException(e.getMessage());
        }
        checkTemplates();
        checkOutput(Path.of(parameters.getString(MonthlyParameters.OUTPUT)));
    }

    private void checkTemplates() {
        for (String name : TEMPLATES) {
            Path file = templates.toAbsolutePath().resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new PreflightException("Report template " + file + " is missing; set mentorlens.report.templates"
                        + " to the folder that holds " + String.join(", ", TEMPLATES) + ".");
            }
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                if (workbook.getEntry("[Content_Types].xml") == null) {
                    throw new IOException("not a workbook");
                }
            } catch (IOException e) {
                throw new PreflightException("Report template " + file + " cannot be opened as an .xlsx workbook ("
                        + e.getMessage() + "); restore it from report-templates/ in the release.");
            }
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
