package dev.mentorlens.batch;

/** A run that cannot succeed as asked, found before it started; the message says what to change. */
public final class PreflightException extends IllegalArgumentException {

    private final boolean inputFiles;

    PreflightException(String message) {
        this(message, false);
    }

    /** @param inputFiles whether the input files are at fault (a job failure) rather than the request (a usage mistake) */
    PreflightException(String message, boolean inputFiles) {
        super(message);
        this.inputFiles = inputFiles;
    }

    /**
     * Whether a file of the input folder is at fault: a required file or column missing, a file that
     * cannot be read as CSV. Such a run fails (exit 1), as a run that found it while ingesting would,
     * but before anything is recorded or written.
     */
    public boolean inputFiles() {
        return inputFiles;
    }
}
