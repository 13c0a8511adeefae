package dev.mentorlens.batch;

/** A run that cannot succeed as asked, found before it started; the message says what to change. */
final class PreflightException extends RuntimeException {

    PreflightException(String message) {
        super(message);
    }
}
