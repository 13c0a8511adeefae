package dev.mentorlens.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns an unexpected failure into one sentence for the user, ending with the {@code --debug} hint.
 * Database trouble (unreachable, lost, disk full, in use) is named as such, whatever layer reported it.
 */
final class Failures {

    static final String DEBUG_HINT = " (run again with --debug for details).";

    private static final int MAX_DETAIL = 200;

    /** Where a message's first line ends, or H2's SQL statement or error code ({@code [90020-240]}) starts. */
    private static final Pattern H2_TAIL = Pattern.compile("[\\r\\n]|; SQL statement:|\\s\\[\\d{5}-\\d+\\]");

    private Failures() {
    }

    static String sentence(Throwable failure) {
        if (find(failure, Failures::isDiskFull) != null) {
            return "The disk that holds the database or the outputs is full; free some space and run the command"
                    + " again: a failed run resumes where it stopped" + DEBUG_HINT;
        }
        Throwable inUse = find(failure, Failures::isEmbeddedDatabaseInUse);
        if (inUse != null) {
            return "The embedded database is in use by another MentorLens process; wait until it ends (with the"
                    + " embedded database one command runs at a time, see docs/security.md)" + DEBUG_HINT;
        }
        Throwable unreachable = find(failure, Failures::isConnectionFailure);
        if (unreachable != null) {
            return "Cannot reach the database (" + detail(unreachable) + "); check that it is running and that"
                    + " spring.datasource.url points at it" + DEBUG_HINT;
        }
        Throwable sql = find(failure, t -> t instanceof SQLException);
        if (sql != null) {
            return "The database refused an operation (" + detail(sql) + ")" + DEBUG_HINT;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "MentorLens stopped: " + detail(root) + DEBUG_HINT;
    }

    private static boolean isDiskFull(Throwable t) {
        String message = lower(t);
        return message.contains("no space left on device") || message.contains("disk full")
                || t instanceof SQLException sql && "53100".equals(sql.getSQLState());
    }

    private static boolean isEmbeddedDatabaseInUse(Throwable t) {
        // H2 error 90020: the file is locked by another process
        return t instanceof SQLException sql && sql.getErrorCode() == 90020;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof ConnectException || t instanceof SocketTimeoutException
                || t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            // class 08: connection exception; 57P01-57P03: the server shut down or is starting
            return sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P");
        }
        return t instanceof IOException && lower(t).contains("connection");
    }

    private static Throwable find(Throwable failure, Predicate<Throwable> test) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (test.test(t)) {
                return t;
            }
        }
        return null;
    }

    /** The first line of a message, without the SQL statement H2 appends, shortened; never a stack trace. */
    private static String detail(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        message = H2_TAIL.split(message, 2)[0].strip();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) + "…" : message;
    }

    private static String lower(Throwable t) {
        return t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
    }
}
