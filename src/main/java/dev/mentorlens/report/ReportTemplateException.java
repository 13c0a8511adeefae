package dev.mentorlens.report;

/** A template is missing, unreadable or lacks a name the renderer fills; the message is one sentence. */
public final class ReportTemplateException extends RuntimeException {

    ReportTemplateException(String message) {
        super(message);
    }
}
