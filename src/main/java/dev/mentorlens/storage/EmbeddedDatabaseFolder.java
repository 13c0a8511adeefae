package dev.mentorlens.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import com.zaxxer.hikari.HikariConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Prepares the folder of an embedded H2 file database before the first connection: the folder is made
 * owner-only (0700) and the database file is created owner-only (0600), so that H2, which creates its
 * files with the process umask, never leaves the data readable by other local users. Files of an older
 * installation in that folder are tightened the same way.
 *
 * <p>It also makes every commit durable ({@code WRITE_DELAY=0}) unless the URL says otherwise. By
 * default H2 writes commits to its file up to half a second later, from a background thread; a
 * process killed in that window could come back with the rows of a chunk but not the chunk's
 * reading position, and a restart would read some rows twice. Other databases are left alone.
 */
@Component
class EmbeddedDatabaseFolder implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariConfig pool) {
            databaseFile(pool.getJdbcUrl()).ifPresent(file -> {
                prepare(file);
                pool.setJdbcUrl(withDurableCommits(pool.getJdbcUrl()));
            });
        }
        return bean;
    }

    /** The database path of an H2 file URL ({@code jdbc:h2:file:./data/x;...} or {@code jdbc:h2:./data/x}). */
    static Optional<Path> databaseFile(String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String location = url.substring("jdbc:h2:".length());
        int settings = location.indexOf(';');
        if (settings >= 0) {
            location = location.substring(0, settings);
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")
                || lower.startsWith("zip:")) {
            return Optional.empty();
        }
        if (lower.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        return Optional.of(Path.of(location));
    }

    static String withDurableCommits(String url) {
        return url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=") ? url : url + ";WRITE_DELAY=0";
    }

    static void prepare(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        String name = database.getFileName().toString();
        try {
            PrivateFiles.createDirectories(folder);
            PrivateFiles.restrictFolder(folder);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, name + ".*")) {
                for (Path file : files) {
                    PrivateFiles.restrictFile(file);
                }
            }
            Path store = folder.resolve(name + ".mv.db");
            if (!Files.exists(store)) {
                // H2 takes an empty file as a new database and keeps the permissions it finds
                PrivateFiles.newOutputStream(store).close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the database folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
