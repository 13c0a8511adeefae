package dev.mentorlens.schedule;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.mentorlens.schedule.JobDefinition.Comparison;
import dev.mentorlens.schedule.JobDefinition.JobSettings;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one job definition file and checks every field, so that a mistake is found when the file is
 * loaded rather than at 6 am when the job fires. Folders are relative to the folder that holds
 * {@code jobs/}; settings the file leaves out are the site's defaults.
 */
final class DefinitionParser {

    private static final Set<String> FIELDS = Set.of("name", "kind", "schedule", "period", "input", "output",
            "programmes", "comparisons", "settings", "templates", "recipients", "alerts");
    private static final Set<String> SCHEDULE_FIELDS = Set.of("cron", "zone");
    private static final Set<String> SETTINGS_FIELDS = Set.of("zone", "max-reject-ratio", "anonymity-threshold",
            "comment-threshold", "survey-window-months", "breakdowns");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,199}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");
    static final String ORGANISATION = "ALL";

    private final Path file;
    private final String shown;
    private final Path base;

    private DefinitionParser(Path file, Path base) {
        this.file = file;
        this.base = base;
        Path parent = file.getParent();
        this.shown = parent == null || parent.getFileName() == null ? file.toString()
                : parent.getFileName().resolve(file.getFileName()).toString();
    }

    /** Whether a file holds the site configuration ({@code mentorlens:} settings) rather than a job definition. */
    static boolean isSiteConfiguration(Map<String, Object> content) {
        return content.containsKey("mentorlens");
    }

    /** The YAML content of a file as a map, or a sentence naming the file and the line that is wrong. */
    static Map<String, Object> read(Path file, String shown) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object content = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (content == null) {
                throw new InvalidDefinitionException(shown + " is empty; a job definition needs at least name, kind,"
                        + " schedule, input and output.");
            }
            if (!(content instanceof Map<?, ?> map)) {
                throw new InvalidDefinitionException(shown + " is not a job definition: expected fields such as"
                        + " 'name: ...' at the top level.");
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((key, value) -> fields.put(String.valueOf(key), value));
            return fields;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InvalidDefinitionException(shown + " line " + line + " is not valid YAML: " + e.getProblem()
                    + ".");
        } catch (YAMLException e) {
            throw new InvalidDefinitionException(shown + " is not valid YAML: " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new InvalidDefinitionException(shown + " cannot be read: " + e.getMessage() + ".");
        }
    }

    /** Parses and checks a definition file; folders resolve against {@code base}. */
    static JobDefinition parse(Path file, Path base, JobSettings defaults) {
        DefinitionParser parser = new DefinitionParser(file, base);
        return parser.definition(read(file, parser.shown), defaults);
    }

    private JobDefinition definition(Map<String, Object> fields, JobSettings defaults) {
        onlyKnown("", fields, FIELDS);
        String name = text(fields, "name", true);
        if (!NAME.matcher(name).matches()) {
            throw invalid("name", name, "lower-case letters, digits and '-', e.g. monthly-programme-reports");
        }
        String kindLabel = text(fields, "kind", true);
        JobKind kind = JobKind.of(kindLabel).orElseThrow(() -> invalid("kind", kindLabel, JobKind.labels()));
        Map<String, Object> schedule = map(fields, "schedule", true);
        onlyKnown("schedule.", schedule, SCHEDULE_FIELDS);
        String cron = cron(text(schedule, "cron", "schedule.cron", true));
        ZoneId scheduleZone = zone("schedule.zone", text(schedule, "zone", "schedule.zone", true));
        String periodLabel = Optional.ofNullable(text(fields, "period", false)).orElse("previous-month");
        PeriodRule period = PeriodRule.of(periodLabel).orElseThrow(() -> invalid("period", periodLabel,
                PeriodRule.labels()));
        Path input = folder("input", text(fields, "input", true), true);
        Path output = folder("output", text(fields, "output", true), false);
        List<String> programmes = programmes(fields.get("programmes"));
        List<Comparison> comparisons = comparisons(kind, fields.get("comparisons"));
        if (kind == JobKind.COHORT_COMPARISON && fields.containsKey("programmes")) {
            throw new InvalidDefinitionException(shown + ": 'programmes' is for monthly-report jobs; a"
                    + " cohort-comparison names its programmes under 'comparisons'.");
        }
        JobSettings settings = settings(map(fields, "settings", false), defaults);
        String templatesText = text(fields, "templates", false);
        Path templates = templatesText == null ? null : folder("templates", templatesText, true);
        Map<String, List<String>> recipients = recipients(fields.get("recipients"), programmes);
        List<String> alerts = emails("alerts", fields.get("alerts"));
        return new JobDefinition(file, name, kind, cron, scheduleZone, period, input, output, programmes,
                comparisons, settings, templates, recipients, alerts);
    }

    private String cron(String cron) {
        try {
            CronExpression.parse(cron);
            return cron;
        } catch (IllegalArgumentException e) {
            throw new InvalidDefinitionException(shown + ": schedule.cron '" + cron + "' is not a cron expression ("
                    + e.getMessage() + "); expected six fields, seconds first, e.g. \"0 0 6 2 * *\" for 06:00 on the"
                    + " 2nd of each month.");
        }
    }

    private ZoneId zone(String field, String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw invalid(field, zone, "a time zone such as Europe/London or UTC");
        }
    }

    private Path folder(String field, String value, boolean mustExist) {
        Path folder = base.resolve(value).toAbsolutePath().normalize();
        if (mustExist && !Files.isDirectory(folder)) {
            throw new InvalidDefinitionException(shown + ": " + field + " '" + value + "' is not a folder (looked at "
                    + folder + "); folders are relative to the folder that holds jobs/.");
        }
        return folder;
    }

    private List<String> programmes(Object value) {
        if (value == null || "all".equals(value)) {
            return List.of();
        }
        List<String> ids = strings("programmes", value, "all, or a list of programme ids");
        if (ids.isEmpty()) {
            throw invalid("programmes", "[]", "all, or a list of programme ids");
        }
        for (String id : ids) {
            if (!ID.matcher(id).matches() || id.equals(ORGANISATION)) {
                throw invalid("programmes", id, "programme ids as in programmes.csv, e.g. career-mentoring");
            }
        }
        if (new LinkedHashSet<>(ids).size() != ids.size()) {
            throw new InvalidDefinitionException(shown + ": programmes names a programme twice (" + ids + ").");
        }
        return ids;
    }

    private List<Comparison> comparisons(JobKind kind, Object value) {
        if (kind == JobKind.MONTHLY_REPORT) {
            if (value != null) {
                throw new InvalidDefinitionException(shown + ": 'comparisons' is for cohort-comparison jobs; a"
                        + " monthly-report runs its 'programmes'.");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidDefinitionException(shown + ": comparisons is missing; a cohort-comparison needs a list"
                    + " of '- programme: ID' with 'cohorts: [A, B]'.");
        }
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "comparisons[" + (i + 1) + "]";
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                throw invalid(field, String.valueOf(list.get(i)), "'programme: ID' with 'cohorts: [A, B]'");
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            entry.forEach((k, v) -> fields.put(String.valueOf(k), v));
            onlyKnown(field + ".", fields, Set.of("programme", "cohorts"));
            String programme = text(fields, "programme", field + ".programme", true);
            if (!ID.matcher(programme).matches()) {
                throw invalid(field + ".programme", programme, "a programme id as in programmes.csv");
            }
            List<String> cohorts = strings(field + ".cohorts", fields.get("cohorts"), "two cohorts, e.g. [2025-spring,"
                    + " 2026-spring]");
            if (cohorts.size() != 2 || cohorts.get(0).isBlank() || cohorts.get(0).equals(cohorts.get(1))) {
                throw invalid(field + ".cohorts", String.valueOf(cohorts), "two different cohorts, e.g. [2025-spring,"
                        + " 2026-spring]");
            }
            comparisons.add(new Comparison(programme, cohorts.get(0), cohorts.get(1)));
        }
        return List.copyOf(comparisons);
    }

    private JobSettings settings(Map<String, Object> settings, JobSettings defaults) {
        if (settings == null) {
            return defaults;
        }
        onlyKnown("settings.", settings, SETTINGS_FIELDS);
        String zone = settings.containsKey("zone") ? zone("settings.zone", text(settings, "zone", "settings.zone",
                true)).getId() : defaults.zone();
        double ratio = settings.containsKey("max-reject-ratio") ? number("settings.max-reject-ratio",
                settings.get("max-reject-ratio"), 0, 1) : defaults.maxRejectRatio();
        int anonymity = settings.containsKey("anonymity-threshold") ? (int) whole("settings.anonymity-threshold",
                settings.get("anonymity-threshold"), 1, 1000) : defaults.anonymityThreshold();
        int comments = settings.containsKey("comment-threshold") ? (int) whole("settings.comment-threshold",
                settings.get("comment-threshold"), 1, 100_000) : defaults.commentThreshold();
        int window = settings.containsKey("survey-window-months") ? (int) whole("settings.survey-window-months",
                settings.get("survey-window-months"), 1, 24) : defaults.surveyWindowMonths();
        List<String> breakdowns = defaults.breakdowns();
        if (settings.containsKey("breakdowns")) {
            Object value = settings.get("breakdowns");
            breakdowns = value instanceof String text ? splitList(text)
                    : strings("settings.breakdowns", value, "a list of attribute names, e.g. [gender, generation]");
            for (String attribute : breakdowns) {
                if (!ID.matcher(attribute).matches()) {
                    throw invalid("settings.breakdowns", attribute, "attribute names such as location or gender");
                }
            }
        }
        return new JobSettings(zone, ratio, anonymity, comments, window, breakdowns);
    }

    private Map<String, List<String>> recipients(Object value, List<String> programmes) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid("recipients", String.valueOf(value), "addresses per programme id, e.g. 'career-mentoring:"
                    + " [lead@example.com]', and ALL for the organisation workbook");
        }
        Map<String, List<String>> recipients = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String programme = String.valueOf(entry.getKey());
            if (!programme.equals(ORGANISATION) && (!ID.matcher(programme).matches()
                    || !programmes.isEmpty() && !programmes.contains(programme))) {
                throw invalid("recipients." + programme, programme, programmes.isEmpty()
                        ? "a programme id or ALL" : "one of the job's programmes " + programmes + " or ALL");
            }
            recipients.put(programme, emails("recipients." + programme, entry.getValue()));
        }
        return Map.copyOf(recipients);
    }

    private List<String> emails(String field, Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> emails = strings(field, value, "a list of e-mail addresses");
        for (String email : emails) {
            if (!EMAIL.matcher(email).matches()) {
                throw invalid(field, email, "e-mail addresses such as ops@example.com");
            }
        }
        return emails;
    }

    private List<String> strings(String field, Object value, String expected) {
        if (value instanceof String text) {
            return List.of(text.strip());
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(field, String.valueOf(value), expected);
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (item == null || item instanceof Map || item instanceof List) {
                throw invalid(field, String.valueOf(item), expected);
            }
            strings.add(String.valueOf(item).strip());
        }
        return List.copyOf(strings);
    }

    private static List<String> splitList(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s*,\\s*"));
    }

    private double number(String field, Object value, double min, double max) {
        if (!(value instanceof Number number) || number.doubleValue() < min || number.doubleValue() > max) {
            throw invalid(field, String.valueOf(value), "a number from " + (int) min + " to " + (int) max);
        }
        return number.doubleValue();
    }

    private long whole(String field, Object value, long min, long max) {
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < min
                || ((Number) value).longValue() > max) {
            throw invalid(field, String.valueOf(value), "a whole number from " + min + " to " + max);
        }
        return ((Number) value).longValue();
    }

    private String text(Map<String, Object> fields, String key, boolean required) {
        return text(fields, key, key, required);
    }

    private String text(Map<String, Object> fields, String key, String field, boolean required) {
        Object value = fields.get(key);
        if (value == null || value instanceof String s && s.isBlank()) {
            if (required) {
                throw new InvalidDefinitionException(shown + ": " + field + " is missing.");
            }
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw invalid(field, String.valueOf(value), "a single value");
        }
        return String.valueOf(value).strip();
    }

    private Map<String, Object> map(Map<String, Object> fields, String key, boolean required) {
        Object value = fields.get(key);
        if (value == null) {
            if (required) {
                throw new InvalidDefinitionException(shown + ": " + key + " is missing.");
            }
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(key, String.valueOf(value), "a section of named fields");
        }
        Map<String, Object> section = new LinkedHashMap<>();
        map.forEach((k, v) -> section.put(String.valueOf(k), v));
        return section;
    }

    private void onlyKnown(String prefix, Map<String, Object> fields, Set<String> known) {
        for (String key : fields.keySet()) {
            if (!known.contains(key)) {
                throw new InvalidDefinitionException(shown + ": unknown field " + prefix + key + "; expected one of "
                        + String.join(", ", known.stream().sorted().toList()) + ".");
            }
        }
    }

    private InvalidDefinitionException invalid(String field, String value, String expected) {
        return new InvalidDefinitionException(shown + ": " + field + " '" + value + "' is not valid; expected "
                + expected + ".");
    }
}
