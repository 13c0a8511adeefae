package dev.mentorlens.schedule;

/** A launch refused because the same job, period and programme is already running; the message says which. */
public class AlreadyRunningException extends RuntimeException {

    AlreadyRunningException(String message) {
        super(message);
    }
}
