package dev.mentorlens.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where the workbook templates come from: the folder set with {@code mentorlens.report.templates} (a copy
 * that HR restyles), else the default templates inside the jar, copied there from {@code report-templates/}
 * at build time. So a run finds its templates whatever its working folder.
 */
@Component
public final class ReportTemplates {

    /** Folder of the default templates on the classpath (inside the jar). */
    static final String BUNDLED = "report-templates/";

    /** Every template and the names its renderer fills. */
    static final Map<String, List<String>> NAMES = names();

    /**
     * Templates that passed the check in this JVM, by file name and SHA-256 of their bytes: a launch validates
     * its parameters twice, and opening the three workbooks with POI costs more than the rest of a rerun's
     * pre-flight. Keyed on the content, so a template edited between two launches is checked again.
     */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private final Path folder;

    @Autowired
    ReportTemplates(ReportSettings settings) {
        this(settings.templates() == null || settings.templates().isBlank() ? null
                : Path.of(settings.templates()).toAbsolutePath());
    }

    private ReportTemplates(Path folder) {
        this.folder = folder;
    }

    /** The templates of a folder (relative to the working folder unless absolute). */
    static ReportTemplates folder(Path folder) {
        return new ReportTemplates(folder.toAbsolutePath());
    }

    /** The default templates inside the jar. */
    static ReportTemplates bundled() {
        return new ReportTemplates((Path) null);
    }

    /**
     * Opens every template and looks up every name its renderer fills, without rendering anything.
     *
     * @throws ReportTemplateException with one sentence naming the folder, file or name at fault and what to do
     */
    public void check() {
        NAMES.forEach((file, names) -> {
            byte[] bytes = read(file);
            String key = file + ' ' + sha256(bytes);
            if (CHECKED.contains(key)) {
                return;
            }
            try (TemplateBook book = TemplateBook.open(this, file, bytes)) {
                names.forEach(book::sheetOf);
            }
            CHECKED.add(key);
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256.", e);
        }
    }

    /** Where the templates are read from, for messages: a folder, or the jar. */
    public String location() {
        return folder == null ? "the templates inside the MentorLens jar" : folder.toString();
    }

    /** The bytes of a template; a missing one is a one-sentence error naming it. */
    byte[] read(String fileName) {
        if (folder != null) {
            if (!Files.isDirectory(folder)) {
                throw new ReportTemplateException("Report template folder " + folder + " (mentorlens.report.templates)"
                        + " does not exist; create it with " + String.join(", ", NAMES.keySet()) + " copied from"
                        + " report-templates/, or leave the setting out to use the templates inside the jar.");
            }
            Path file = folder.resolve(fileName);
            if (!Files.isRegularFile(file)) {
                throw new ReportTemplateException("Report template " + file + " is missing; copy it from"
                        + " report-templates/ into " + folder + ", or leave mentorlens.report.templates out to use"
                        + " the templates inside the jar.");
            }
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new ReportTemplateException("Report template " + file + " cannot be read ("
                        + e.getMessage() + "); check its permissions.");
            }
        }
        try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(BUNDLED + fileName)) {
            if (in == null) {
                throw new ReportTemplateException("Report template " + BUNDLED + fileName + " is missing from the"
                        + " MentorLens jar; build it again with mvn package, or set mentorlens.report.templates to a"
                        + " folder that holds it.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ReportTemplateException("Report template " + BUNDLED + fileName + " cannot be read from the"
                    + " MentorLens jar (" + e.getMessage() + "); build it again with mvn package.");
        }
    }

    /** How a template is named in messages: its path, or its place inside the jar. */
    String describe(String fileName) {
        return folder == null ? BUNDLED + fileName + " inside the MentorLens jar" : folder.resolve(fileName).toString();
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put(ProgrammeWorkbook.TEMPLATE, List.of("glance_programme", "glance_period", "status_table",
                "actions_table", "changes_table", "verdicts_table", "programme_name", "report_period", "summary_table",
                "participation_table", "participation_chart", "health_table", "health_chart", "activation_table",
                "activation_chart", "load_table", "goals_table", "dormant_count", "check_in_count",
                "dormant_table", "satisfaction_table",
                "distribution_table", "comments_table", "satisfaction_chart", "progression_table", "retention_chart",
                "promotion_chart", "impact_reading", "impact_table", "betweenness_note", "network_table", "bridges_table", "ties_chart",
                "breakdowns_table", "quality_table"));
        names.put(OrganisationWorkbook.TEMPLATE, List.of("glance_period", "status_table", "changes_table",
                "verdicts_table", "report_period", "programmes_table", "trends_table",
                "betweenness_note", "network_table", "bridges_table", "ties_chart", "chart_1", "chart_2", "chart_3",
                "chart_4"));
        names.put(ComparisonWorkbook.TEMPLATE, List.of("programme_name", "report_period", "cohort_a", "cohort_b",
                "tests_table", "satisfaction_chart", "retention_chart", "promotion_chart", "comparison_table"));
        return Collections.unmodifiableMap(names);
    }
}
