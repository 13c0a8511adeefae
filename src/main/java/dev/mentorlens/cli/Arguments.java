package dev.mentorlens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed command line: the command, its {@code --name value} options, positional arguments, and
 * the {@code --spring.*}, {@code --server.*}, {@code --management.*} / {@code --debug} options passed on to the application.
 */
record Arguments(String command, Map<String, String> options, List<String> positional, List<String> springArgs,
        boolean debug, String config, boolean quiet) {

    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    /** The months of the dates inputs may hold (docs/inputs.md: 1900-01-01 to 2199-12-31). */
    static final String FIRST_PERIOD = "1900-01";
    static final String LAST_PERIOD = "2199-12";

    static Arguments parse(String[] args) {
        if (args.length == 0) {
            throw new UsageException("No command given; expected one of: " + String.join(", ", Commands.NAMES) + ".");
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        boolean debug = false;
        String config = null;
        boolean quiet = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--debug")) {
                debug = true;
            } else if (arg.equals("--quiet")) {
                quiet = true;
            } else if (arg.equals("--recompute")) {
                options.put("recompute", "true");
            } else if (arg.equals("--config") || arg.startsWith("--config=")) {
                if (arg.startsWith("--config=")) {
                    config = arg.substring("--config=".length());
                } else if (i + 1 < args.length) {
                    config = args[++i];
                } else {
                    throw new UsageException("Option --config needs a file.");
                }
            } else if (arg.startsWith("--spring.") || arg.startsWith("--logging.") || arg.startsWith("--mentorlens.")
                    || arg.startsWith("--server.") || arg.startsWith("--management.")) {
                springArgs.add(arg);
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw new UsageException("Option --" + name + " needs a value.");
                }
                options.put(name, value);
            } else {
                positional.add(arg);
            }
        }
        return new Arguments(args[0], options, positional, springArgs, debug, config, quiet);
    }

    void allowOnly(Set<String> names) {
        for (String name : options.keySet()) {
            if (!names.contains(name)) {
                throw new UsageException("Unknown option --" + name + " for " + command + "; allowed: --"
                        + String.join(", --", names) + ".");
            }
        }
    }

    String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException(command + " needs --" + name + ".");
        }
        return value;
    }

    String optional(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String period() {
        String period = required("period");
        if (!PERIOD.matcher(period).matches()) {
            throw new UsageException("--period must be a month as YYYY-MM, e.g. 2026-10 (got '" + period + "').");
        }
        if (period.compareTo(FIRST_PERIOD) < 0 || period.compareTo(LAST_PERIOD) > 0) {
            throw new UsageException("--period must be a month from " + FIRST_PERIOD + " to " + LAST_PERIOD
                    + ", the dates MentorLens accepts in its inputs (got '" + period + "').");
        }
        return period;
    }

    int integer(String name, int fallback, int min, int max) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number from " + min + " to " + max
                    + " (got '" + value + "').");
        }
    }

    double ratio(String name, double fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (!(parsed >= 0 && parsed <= 1)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number from 0 to 1 (got '" + value + "').");
        }
    }
}
