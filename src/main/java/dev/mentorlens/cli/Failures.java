package dev.mentorlens.cli;

import java.sql.SQLException;

/** Turns an unexpected failure into one sentence for the user. */
final class Failures {

    private Failures() {
    }

    static String sentence(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && (sql.getMessage().contains("Connection refused") || sql.getMessage().contains("connect"))) {
                return "Cannot reach the database: " + firstLine(sql.getMessage())
                        + " (is it running? see README, 'Choosing the database').";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
        return "MentorLens stopped: " + message + " (run again with --debug for details).";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
