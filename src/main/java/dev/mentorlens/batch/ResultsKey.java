package dev.mentorlens.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.mentorlens.metrics.MetricsSettings;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Everything the outputs of a monthly run depend on, as one SHA-256: the results version of the
 * product, the period and programme selection, the settings that change results (zone, reject
 * ratio, thresholds, survey window, breakdowns), the accepted input files and the workbooks'
 * templates and targets. Two runs with the same key publish the same files.
 */
final class ResultsKey {

    /**
     * Raised by hand when a change alters the outputs of the same inputs without a new build (the
     * build's version and time are part of the key as well, so a new jar never takes over old results).
     */
    static final String RESULTS_VERSION = "1";

    private ResultsKey() {
    }

    /**
     * @param build the product's version and build time, or empty when unknown
     * @param inputs the fingerprint of the accepted input files ({@link ProgrammeInputs#fingerprint})
     * @param rendering the fingerprint of the workbooks' templates and targets
     */
    static String of(String build, JobParameters parameters, String inputs, String rendering) {
        String period = parameters.getString(MonthlyParameters.PERIOD);
        MetricsSettings settings = MonthlyParameters.metricsSettings(period,
                parameters.getLong(MonthlyParameters.ANONYMITY_THRESHOLD),
                parameters.getLong(MonthlyParameters.COMMENT_THRESHOLD),
                parameters.getLong(MonthlyParameters.SURVEY_WINDOW_MONTHS));
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("results-version", RESULTS_VERSION);
        parts.put("build", build);
        parts.put("period", period);
        parts.put("programme", parameters.getString(MonthlyParameters.PROGRAMME, MonthlyParameters.ALL_PROGRAMMES));
        parts.put("zone", parameters.getString(MonthlyParameters.ZONE, "UTC"));
        parts.put("max-reject-ratio", Double.toString(JobParameterValues.maxRejectRatio(
                parameters.getString(MonthlyParameters.MAX_REJECT_RATIO))));
        parts.put("anonymity-threshold", Integer.toString(settings.anonymityThreshold()));
        parts.put("comment-threshold", Integer.toString(settings.commentThreshold()));
        parts.put("survey-window-months", Integer.toString(settings.surveyWindowMonths()));
        parts.put("breakdowns", parameters.getString(MonthlyParameters.BREAKDOWNS, "").strip());
        parts.put("inputs", inputs);
        parts.put("rendering", rendering);
        return sha256(parts);
    }

    private static String sha256(Map<String, String> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // each value on its own line after its name: no two different sets of parts give the same text
            parts.forEach((name, value) -> digest.update((name + '=' + value.replace('\n', ' ') + '\n')
                    .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256.", e);
        }
    }
}
