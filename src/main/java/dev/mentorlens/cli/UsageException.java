package dev.mentorlens.cli;

/** A command that cannot be run as given; the message says what to change. Exit code 2. */
final class UsageException extends RuntimeException {

    private final boolean aboutSyntax;

    UsageException(String message) {
        this(message, true);
    }

    /** @param aboutSyntax whether the words of the command line are at fault, so that the usage text helps */
    UsageException(String message, boolean aboutSyntax) {
        super(message);
        this.aboutSyntax = aboutSyntax;
    }

    boolean aboutSyntax() {
        return aboutSyntax;
    }
}
