package dev.mentorlens.delivery;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/** Sending one message: the attempts, the waits between them and what is recorded of each. */
class MailerTests {

    private static final Message ALERT = new Message(7L, "reports", Message.ALERT, null, List.of("ops@example.com"),
            "MentorLens: reports failed", "Why: the database went away.", null, null);

    private final JavaMailSender smtp = mock(JavaMailSender.class);
    private final DeliveryLog log = mock(DeliveryLog.class);

    @BeforeEach
    void aServerThatBuildsMessages() {
        when(smtp.createMimeMessage()).thenAnswer(call -> new MimeMessage(Session.getInstance(new Properties())));
        when(log.started(any())).thenReturn(41L);
    }

    @Test
    void triesAgainUntilTheServerTakesTheMessageAndRecordsEachAttempt() {
        doThrow(new MailSendException("Connection refused")).doThrow(new MailSendException("Connection reset"))
                .doNothing().when(smtp).send(any(MimeMessage.class));

        mailer(3).send(ALERT);

        InOrder order = inOrder(log);
        order.verify(log).attempted(41L, DeliveryLog.SENDING, 1, "Connection refused");
        order.verify(log).attempted(41L, DeliveryLog.SENDING, 2, "Connection reset");
        order.verify(log).attempted(41L, DeliveryLog.SENT, 3, null);
        verify(smtp, times(3)).send(any(MimeMessage.class));
    }

    @Test
    void givesUpAfterTheAttemptsAllowedAndRecordsTheLastError() {
        doThrow(new MailSendException("Connection refused")).when(smtp).send(any(MimeMessage.class));

        mailer(2).send(ALERT);

        verify(smtp, times(2)).send(any(MimeMessage.class));
        verify(log).attempted(41L, DeliveryLog.FAILED, 2, "Connection refused");
    }

    @Test
    void aMessageThatCannotBeMadeIsRecordedFailedWithoutAnAttempt() {
        Message missing = Message.unsendable(7L, "reports", "career", List.of("lead@example.com"),
                "MentorLens 2026-10: career", "Run 7 published no career/career-2026-10.xlsx.");

        mailer(3).send(missing);

        verify(smtp, never()).send(any(MimeMessage.class));
        verify(log).attempted(41L, DeliveryLog.FAILED, 0, "Run 7 published no career/career-2026-10.xlsx.");
    }

    @Test
    void aDatabaseThatCannotRecordDoesNotHoldTheMessageBack() {
        when(log.started(any())).thenThrow(new DataAccessResourceFailureException("connection refused"));
        doNothing().when(smtp).send(any(MimeMessage.class));

        mailer(3).send(ALERT);

        verify(smtp).send(any(MimeMessage.class));
        verify(log, never()).attempted(anyLong(), anyString(), anyInt(), any());
    }

    private Mailer mailer(int attempts) {
        @SuppressWarnings("unchecked")
        ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(smtp);
        return new Mailer(provider, new MailSettings(true, "mentorlens@example.org", attempts, Duration.ZERO), log);
    }
}
