package dev.mentorlens.metrics;

import java.nio.file.Path;

import dev.mentorlens.ingest.InputFileException;

/**
 * Builds paths from names that come from the data (programme ids, cohort names) so that a generated
 * file can never leave its folder, whatever the name holds: each name must be one plain path
 * element, and the normalized result must still lie inside the folder.
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /** {@code folder/names[0]/names[1]/...}, refused when a name is not a plain file name or the result leaves the folder. */
    public static Path within(Path folder, String... names) {
        Path base = folder.toAbsolutePath().normalize();
        Path target = base;
        for (String name : names) {
            if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                    || name.indexOf('\0') >= 0) {
                throw refused(base, name);
            }
            target = target.resolve(name);
        }
        target = target.normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw refused(base, String.join("/", names));
        }
        return target;
    }

    private static InputFileException refused(Path base, String name) {
        return new InputFileException("The name '" + name + "' would write a file outside " + base
                + "; programme ids and cohort names must be plain names (letters, digits, '.', '_', ' ', '-').");
    }
}
