package dev.mentorlens.runs;

/** A job was not launched because another live process is running one on the same database. */
public class LaunchRefusedException extends RuntimeException {

    public LaunchRefusedException(String message) {
        super(message);
    }
}
