package dev.mentorlens.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users of {@code serve}, from configuration: a name, the BCrypt hash of the password (printed by
 * {@code mentorlens hash-password}) and roles, {@code ops} (may start, rerun, restart and stop runs,
 * reload the jobs, read the audit log) or {@code viewer} (may read runs, jobs and metrics). A viewer may be
 * limited to a list of programme ids ({@code programmes}); without one it sees every programme. A user may
 * also call the API with bearer tokens, configured as their SHA-256 ({@code token-hashes}, printed with the
 * token by {@code mentorlens new-token}).
 */
@ConfigurationProperties("mentorlens")
record ServeUsers(@DefaultValue List<User> users) {

    record User(String name, String passwordHash, @DefaultValue List<String> roles,
            @DefaultValue List<String> programmes, @DefaultValue List<String> tokenHashes) {
    }
}
