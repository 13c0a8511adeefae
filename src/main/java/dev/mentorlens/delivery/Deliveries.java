package dev.mentorlens.delivery;

import java.util.List;
import java.util.function.Supplier;

import dev.mentorlens.runs.LaunchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends what a run's end calls for, on the thread that ran it, once the run is recorded: reports after a
 * completed monthly run, an alert after a failed one. Nothing it does changes the run or its outcome.
 */
@Service
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final MailSettings settings;
    private final Messages messages;
    private final Mailer mailer;
    private final DeliveryLog deliveries;

    Deliveries(MailSettings settings, Messages messages, Mailer mailer, DeliveryLog deliveries,
            ObjectProvider<JavaMailSender> sender) {
        this.settings = settings;
        this.messages = messages;
        this.mailer = mailer;
        this.deliveries = deliveries;
        if (settings.enabled() && sender.getIfAvailable() == null) {
            log.error("mentorlens.mail.enabled is on but no mail server is set (spring.mail.host): every message"
                    + " will be recorded as failed.");
        }
    }

    /**
     * Runs a launch, then sends what its result calls for; a launch that throws sends its alert and the
     * exception goes on as before.
     *
     * @param what the run launched, e.g. {@code monthly-report 2026-10 ALL}, for the alert's subject
     */
    public LaunchResult after(DeliveryPlan plan, String what, Supplier<LaunchResult> launch) {
        LaunchResult result;
        try {
            result = launch.get();
        } catch (RuntimeException e) {
            sendAll(() -> messages.alert(plan, what, e));
            throw e;
        }
        sendAll(() -> messages.after(plan, what, result));
        return result;
    }

    /** The messages about a run, oldest first, with how their sending went. */
    public List<Delivery> of(long runId) {
        return deliveries.of(runId);
    }

    private void sendAll(Supplier<List<Message>> messagesToSend) {
        if (!settings.enabled()) {
            return;
        }
        try {
            messagesToSend.get().forEach(mailer::send);
        } catch (RuntimeException e) {
            log.error("The messages after a run could not be prepared: {}", e.getMessage(), e);
        }
    }
}
