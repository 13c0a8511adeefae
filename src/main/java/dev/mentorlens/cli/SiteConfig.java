package dev.mentorlens.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.mentorlens.MentorLensApplication;

/**
 * Finds the site configuration (the job defaults of {@code jobs/monthly-report.yml}). Named with
 * {@code --config FILE}, the system property {@code mentorlens.config} or the environment variable
 * {@code MENTORLENS_CONFIG}, it must exist. Otherwise the first of these is used: {@code jobs/} beside
 * the jar (an installation), {@code jobs/} of the checkout the jar or classes were built in, and
 * {@code jobs/} of the working folder; with none, the built-in defaults apply.
 */
final class SiteConfig {

    static final String FILE = "jobs/monthly-report.yml";

    private SiteConfig() {
    }

    /** The site file to use, or empty for the built-in defaults; a named file that is missing is a usage error. */
    static Optional<Path> locate(String named) {
        if (named == null) {
            named = System.getProperty("mentorlens.config", System.getenv("MENTORLENS_CONFIG"));
        }
        if (named != null && !named.isBlank()) {
            Path file = Path.of(named).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new UsageException("The site configuration " + file + " does not exist; fix --config (or"
                        + " MENTORLENS_CONFIG), or leave it out to use " + FILE + " beside the jar.");
            }
            return Optional.of(file);
        }
        return candidates().stream().filter(Files::isRegularFile).findFirst();
    }

    /** Where relative folders of the site file are resolved: the folder that holds {@code jobs/}. */
    static Path base(Path siteFile) {
        Path jobs = siteFile.getParent();
        return jobs.getParent() == null ? jobs : jobs.getParent();
    }

    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        codeLocation().ifPresent(code -> {
            Path folder = code.getParent();
            if (folder != null) {
                candidates.add(folder.resolve(FILE));
                if (folder.getParent() != null) {
                    candidates.add(folder.getParent().resolve(FILE));
                }
            }
        });
        candidates.add(Path.of(FILE).toAbsolutePath());
        return candidates;
    }

    /** The jar, or the classes folder, MentorLens runs from. */
    private static Optional<Path> codeLocation() {
        try {
            CodeSource source = MentorLensApplication.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            String location = source.getLocation().toString();
            // inside a Spring Boot jar: jar:nested:/path/app.jar/!BOOT-INF/classes/!/
            if (location.startsWith("jar:nested:")) {
                location = "file:" + location.substring("jar:nested:".length(), location.indexOf("!/") < 0
                        ? location.length() : location.indexOf("/!"));
            }
            return Optional.of(Path.of(new java.net.URI(location)).toAbsolutePath().normalize());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
