package dev.mentorlens.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference data (golden conformance case, public data sets) that lives beside the
 * project as {@code ../shared}. Set {@code MENTORLENS_SHARED} when the checkout is elsewhere.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String configured = System.getenv("MENTORLENS_SHARED");
        if (configured != null && !configured.isBlank()) {
            return check(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("golden-v2"))) {
                return candidate.normalize();
            }
        }
        return check(Path.of("/work/shared"));
    }

    public static Path resolve(String first, String... more) {
        return root().resolve(Path.of(first, more));
    }

    private static Path check(Path candidate) {
        if (!Files.isDirectory(candidate.resolve("golden-v2"))) {
            throw new AssertionError("The shared reference data (golden case, data sets) is not at " + candidate
                    + "; put the project beside it or set MENTORLENS_SHARED.");
        }
        return candidate.toAbsolutePath().normalize();
    }
}
