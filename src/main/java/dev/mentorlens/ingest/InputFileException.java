package dev.mentorlens.ingest;

/** An input that stops the run: a missing file or column, or a file that cannot be parsed. */
public class InputFileException extends RuntimeException {

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
