package dev.mentorlens.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes the workbook and charts of every programme whose metrics are in a folder, then the
 * organisation workbook of every programme stored for the period into {@code ALL/}, from the stored
 * results only. It only writes files, so it can run again.
 */
@Service
public class PeriodWorkbooks {

    /**
     * @param period the reporting month, {@code YYYY-MM}
     * @param folder the period's staging folder, holding a {@code <programme>/metrics.csv} per programme
     * @param staleProgrammes programmes whose stored results were computed from earlier inputs than this
     *        run's; the organisation workbook marks them
     */
    public record Request(String period, Path folder, Set<String> staleProgrammes) {

        public Request(String period, Path folder) {
            this(period, folder, Set.of());
        }
    }

    private final JdbcTemplate jdbc;
    private final ReportTemplates templates;
    private final TargetSettings targets;

    PeriodWorkbooks(JdbcTemplate jdbc, ReportTemplates templates, TargetSettings targets) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.targets = targets;
    }

    /** Writes the workbooks; returns how many. */
    public int write(Request request) {
        return new Workbooks(jdbc, templates, targets).write(request.period(), programmesIn(request.folder()),
                request.folder(), request.staleProgrammes());
    }

    /** The programmes whose workbooks a request writes: those the metrics step left in its folder. */
    public List<String> programmeIds(Request request) {
        return programmesIn(request.folder());
    }

    /** Writes the workbooks of the given programmes, each on its own; returns how many. */
    public int writeProgrammes(Request request, List<String> programmes) {
        return new Workbooks(jdbc, templates, targets).writeProgrammes(request.period(), programmes, request.folder());
    }

    /** Writes the organisation workbook of every programme stored for the period; returns 1. */
    public int writeOrganisation(Request request) {
        return new Workbooks(jdbc, templates, targets).writeOrganisation(request.period(), request.folder(),
                request.staleProgrammes());
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
