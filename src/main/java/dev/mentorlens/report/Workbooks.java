package dev.mentorlens.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.mentorlens.charts.ProgrammeValue;
import dev.mentorlens.ingest.SourceCounts;
import dev.mentorlens.storage.PrivateFiles;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Renders the workbooks and charts of a period from what the metrics step stored, and nothing else:
 * no metric, curve or network is computed here and no input table is read, so the same workbooks can
 * be rendered again at any time from the database.
 */
final class Workbooks {

    private final ReportRepository repository;
    private final ReportDataRepository stored;
    private final ReportTemplates templates;
    private final TargetSettings targets;

    Workbooks(JdbcTemplate jdbc, ReportTemplates templates) {
        this(jdbc, templates, TargetSettings.BUILT_IN);
    }

    Workbooks(JdbcTemplate jdbc, ReportTemplates templates, TargetSettings targets) {
        this.repository = new ReportRepository(jdbc);
        this.stored = new ReportDataRepository(jdbc);
        this.templates = templates;
        this.targets = targets;
    }

    /**
     * Writes {@code <folder>/<programme>/<programme>-<period>.xlsx} with its charts for each programme
     * given, then {@code <folder>/ALL/organisation-<period>.xlsx} of every programme stored for the period,
     * marking those computed from earlier inputs.
     *
     * @return the number of workbooks written
     */
    int write(String period, List<String> programmeIds, Path folder) {
        return write(period, programmeIds, folder, Set.of());
    }

    int write(String period, List<String> programmeIds, Path folder, Set<String> staleProgrammes) {
        return writeProgrammes(period, programmeIds, folder) + writeOrganisation(period, folder, staleProgrammes);
    }

    /** Writes {@code <folder>/<programme>/<programme>-<period>.xlsx} with its charts for each programme given. */
    int writeProgrammes(String period, List<String> programmeIds, Path folder) {
        if (programmeIds.isEmpty()) {
            return 0;
        }
        ReportLoader loader = new ReportLoader(repository, stored, period);
        List<SourceCounts> quality = stored.sources(period);
        ReportCharts charts = new ReportCharts();
        for (String programmeId : programmeIds) {
            ProgrammeData data = loader.programme(programmeId, quality);
            Path programmeFolder = folder.resolve(programmeId);
            List<ChartFile> pictures = saved(charts.programme(data), programmeFolder);
            ProgrammeWorkbook.write(templates, data, targets.of(programmeId), pictures,
                    programmeFolder.resolve(programmeId + "-" + period + ".xlsx"));
        }
        return programmeIds.size();
    }

    /**
     * Writes {@code <folder>/ALL/organisation-<period>.xlsx} of every programme stored for the period, also
     * those a one-programme run did not recompute, marking those computed from earlier inputs.
     */
    int writeOrganisation(String period, Path folder, Set<String> staleProgrammes) {
        ReportLoader loader = new ReportLoader(repository, stored, period);
        OrganisationData organisation = loader.organisation(repository.programmes(period), staleProgrammes);
        Path all = folder.resolve(ProgrammeData.ALL);
        List<ChartFile> pictures = saved(organisationCharts(new ReportCharts(), organisation), all);
        OrganisationWorkbook.write(templates, organisation, targets, pictures,
                all.resolve("organisation-" + period + ".xlsx"));
        return 1;
    }

    private static List<ChartFile> organisationCharts(ReportCharts charts, OrganisationData data) {
        return List.of(
                charts.comparison("chart_1", "Match rate by programme", "Match rate (%)", values(data, "match_rate")),
                charts.comparison("chart_2", "Pair activity by programme", "Pair activity (%)",
                        values(data, "pair_activity_rate")),
                charts.scores("chart_3", "Satisfaction by programme", "Satisfaction (1-5)",
                        values(data, "satisfaction_mean")),
                charts.comparison("chart_4", "Sessions held by programme", "Sessions held",
                        values(data, "sessions_held")),
                charts.ties("ties_chart", data.details().departmentTies()));
    }

    private static List<ProgrammeValue> values(OrganisationData data, String metric) {
        return data.programmes().stream().map(p -> {
            Figure figure = p.now().get(metric);
            if (figure != null && figure.suppressed()) {
                return ProgrammeValue.suppressed(p.name(), data.anonymityThreshold());
            }
            return figure == null || figure.value() == null ? ProgrammeValue.noData(p.name())
                    : ProgrammeValue.of(p.name(), figure.value());
        }).toList();
    }

    /** Saves each chart as {@code <folder>/charts/<file>}. */
    private static List<ChartFile> saved(List<ChartFile> charts, Path folder) {
        try {
            Path dir = PrivateFiles.createDirectories(folder.resolve("charts"));
            for (ChartFile chart : charts) {
                PrivateFiles.write(dir.resolve(chart.fileName()), chart.png());
            }
            return charts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the charts of " + folder + ": " + e.getMessage(), e);
        }
    }
}
