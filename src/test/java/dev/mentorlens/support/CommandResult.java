package dev.mentorlens.support;

/** What a command printed and its exit code. */
public record CommandResult(int exitCode, String out, String err) {
}
