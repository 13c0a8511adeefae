package dev.mentorlens.ingest;

/**
 * A problem with what the user gave that stops the run and that a restart cannot cure: a missing file or
 * column, a file that cannot be parsed, too many rejects, or an unknown programme or cohort.
 */
public class InputFileException extends RuntimeException {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
