package dev.mentorlens.ingest;

/** Thrown while checking a row to say why it is rejected; carries no stack trace. */
final class RowRejectedException extends RuntimeException {

    RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
