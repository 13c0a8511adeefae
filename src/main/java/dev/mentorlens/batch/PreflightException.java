package dev.mentorlens.batch;

/** A run that cannot succeed as asked, found before it started; the message says what to change. */
final class PreflightException extends IllegalArgumentException {

    PreflightException(String message) {
        super(message);
    }
}
