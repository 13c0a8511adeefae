package dev.mentorlens.schedule;

/** A job definition that cannot be used; the message is one sentence naming the file and the field. */
public class InvalidDefinitionException extends RuntimeException {

    InvalidDefinitionException(String message) {
        super(message);
    }
}
