package dev.mentorlens.web;

/** A setting of {@code serve} that keeps it from starting (its users, for one); the message is one sentence. */
public class InvalidServeSettingsException extends IllegalStateException {

    InvalidServeSettingsException(String message) {
        super(message);
    }
}
