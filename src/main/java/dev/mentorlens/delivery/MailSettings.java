package dev.mentorlens.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail of {@code serve} ({@code mentorlens.mail}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param enabled whether anything is sent at all
 * @param from the sender address of every message
 * @param attempts how many times a message is tried before it is recorded as failed
 * @param backoff the wait after the first failed attempt, doubled after each further one
 */
@ConfigurationProperties("mentorlens.mail")
record MailSettings(@DefaultValue("false") boolean enabled, @DefaultValue("mentorlens@localhost") String from,
        @DefaultValue("3") int attempts, @DefaultValue("5s") Duration backoff) {

    MailSettings {
        if (attempts < 1) {
            throw new IllegalArgumentException("mentorlens.mail.attempts must be 1 or more (got " + attempts + ").");
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("mentorlens.mail.backoff must not be negative (got " + backoff + ").");
        }
    }
}
