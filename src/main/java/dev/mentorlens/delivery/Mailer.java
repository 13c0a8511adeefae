package dev.mentorlens.delivery;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.FileSystemResource;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one message over SMTP, trying again after a wait that doubles ({@code mentorlens.mail.attempts},
 * {@code mentorlens.mail.backoff}), and records each attempt. A database that cannot record does not stop
 * the message: an alert about a lost database still goes out.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final DeliveryLog deliveries;

    Mailer(ObjectProvider<JavaMailSender> sender, MailSettings settings, DeliveryLog deliveries) {
        this.sender = sender;
        this.settings = settings;
        this.deliveries = deliveries;
    }

    /** Sends the message, or records why it could not; never throws. */
    void send(Message message) {
        Long id = recorded(() -> deliveries.started(message), "record");
        if (message.problem() != null) {
            failed(id, message, 0, message.problem());
            return;
        }
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            failed(id, message, 0, "No mail server is set: give spring.mail.host (and port, user, password) or"
                    + " switch mentorlens.mail.enabled off.");
            return;
        }
        Duration wait = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            String error;
            try {
                smtp.send(mime(smtp, message));
                int attempts = attempt;
                recorded(() -> update(id, DeliveryLog.SENT, attempts, null), "update");
                log.info("Sent '{}' to {}", message.subject(), message.recipients());
                return;
            } catch (MailException | MessagingException e) {
                error = reason(e);
            }
            if (attempt >= settings.attempts()) {
                failed(id, message, attempt, error);
                return;
            }
            int attempts = attempt;
            recorded(() -> update(id, DeliveryLog.SENDING, attempts, error), "update");
            log.warn("Sending '{}' failed (attempt {} of {}), trying again in {}: {}", message.subject(), attempt,
                    settings.attempts(), wait, error);
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed(id, message, attempt, error + " (stopped while waiting to try again)");
                return;
            }
            wait = wait.multipliedBy(2);
        }
    }

    private MimeMessage mime(JavaMailSender smtp, Message message) throws MessagingException {
        MimeMessage mime = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, message.attachment() != null, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(message.recipients().toArray(String[]::new));
        helper.setSubject(message.subject());
        helper.setText(message.text(), false);
        if (message.attachment() != null) {
            helper.addAttachment(message.attachment().getFileName().toString(),
                    new FileSystemResource(message.attachment()), XLSX);
        }
        return mime;
    }

    private void failed(Long id, Message message, int attempts, String error) {
        log.error("Could not send '{}' to {} after {} attempt(s): {}", message.subject(), message.recipients(),
                attempts, error);
        recorded(() -> update(id, DeliveryLog.FAILED, attempts, error), "update");
    }

    private Long update(Long id, String state, int attempts, String error) {
        if (id != null) {
            deliveries.attempted(id, state, attempts, error);
        }
        return id;
    }

    /** Runs a write to the delivery table; on a database error logs it and gives null. */
    private static Long recorded(Supplier<Long> write, String what) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            log.warn("Could not {} a delivery in the database: {}", what, e.getMessage());
            return null;
        }
    }

    /** The innermost reason, e.g. "Connection refused", with the outer message when it adds the server. */
    static String reason(Exception e) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : root.getClass().getSimpleName() + ": " + message;
    }
}
