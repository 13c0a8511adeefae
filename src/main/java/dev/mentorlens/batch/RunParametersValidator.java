package dev.mentorlens.batch;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * Checks the parameters of a run before anything is recorded: the required ones are there, the
 * period is a month, the zone is known and the settings are in range. Then the pre-flight checks of
 * the inputs, templates and programme run, so a mistake is found before the first row is ingested.
 */
final class RunParametersValidator implements JobParametersValidator {

    private final List<String> required;
    private final Preflight preflight;

    RunParametersValidator(List<String> required, Preflight preflight) {
        this.required = required;
        this.preflight = preflight;
    }

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        for (String name : required) {
            if (parameters.getParameter(name) == null) {
                throw new InvalidJobParametersException("The run has no '" + name + "' parameter.");
            }
        }
        String period = parameters.getString(MonthlyParameters.PERIOD);
        try {
            YearMonth month = YearMonth.parse(period);
            if (month.getYear() < 1900 || month.getYear() > 9999) {
                throw new InvalidJobParametersException("The period " + period + " is not a month from 1900-01 to"
                        + " 9999-12.");
            }
        } catch (DateTimeParseException e) {
            throw new InvalidJobParametersException("The period '" + period + "' is not a month as YYYY-MM.");
        }
        try {
            ZoneId.of(parameters.getString(MonthlyParameters.ZONE, "UTC"));
        } catch (DateTimeException e) {
            throw new InvalidJobParametersException("The zone '" + parameters.getString(MonthlyParameters.ZONE)
                    + "' is not a time zone such as UTC or Europe/Berlin.");
        }
        atLeastOne(parameters, MonthlyParameters.ANONYMITY_THRESHOLD);
        atLeastOne(parameters, MonthlyParameters.COMMENT_THRESHOLD);
        atLeastOne(parameters, MonthlyParameters.SURVEY_WINDOW_MONTHS);
        String ratio = parameters.getString(MonthlyParameters.MAX_REJECT_RATIO, "0.05");
        try {
            double value = Double.parseDouble(ratio);
            if (!(value >= 0 && value <= 1)) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new InvalidJobParametersException("maxRejectRatio must be a number from 0 to 1 (got '" + ratio
                    + "').");
        }
        try {
            preflight.check(parameters);
        } catch (PreflightException e) {
            throw e.inputFiles() ? new InvalidInputFilesException(e.getMessage())
                    : new InvalidJobParametersException(e.getMessage());
        }
    }

    private static void atLeastOne(JobParameters parameters, String name) throws InvalidJobParametersException {
        Long value = parameters.getLong(name);
        if (value != null && value < 1) {
            throw new InvalidJobParametersException(name + " must be at least 1 (got " + value + ").");
        }
    }
}
