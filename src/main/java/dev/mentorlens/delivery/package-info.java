/**
 * E-mail after the runs of {@code serve}: when a monthly run of a job definition completes, each programme's
 * recipients get one message with the programme's "At a glance" in plain text and its workbook attached, and
 * the organisation's recipients ({@code ALL}) the organisation workbook; when a run fails, the definition's
 * alert recipients get the reason and a link to the run's page. Sending is retried with a growing wait, every
 * message and its attempts are kept in the table {@code delivery} for the console and the API, and nothing
 * here can fail a run. Off unless {@code mentorlens.mail.enabled}; the SMTP server is Spring's
 * {@code spring.mail.*}.
 */
package dev.mentorlens.delivery;
