package dev.mentorlens.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.mentorlens.MentorLensApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.FileSystemUtils;

/**
 * A run with the product's default settings, as an operator starts it in a folder of their own: it
 * opens no network listener, and the database and everything it publishes are readable by its owner
 * only.
 */
class DefaultRunPrivacyIntegrationTests {

    @TempDir
    Path work;

    @Test
    void theDefaultDatabaseUrlAsksForNoServer() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties defaults = yaml.getObject();

        assertThat(defaults.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:./data/")
                .doesNotContainIgnoringCase("AUTO_SERVER").doesNotContainIgnoringCase("tcp");
    }

    @Test
    void theListenerCheckSeesTheListenerThatAutoServerOpens() throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("auto") + ";AUTO_SERVER=TRUE";
        Set<Long> before = ListeningSockets.of(ProcessHandle.current().pid());

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(ListeningSockets.of(ProcessHandle.current().pid())).isNotEqualTo(before);
        }
    }

    @Test
    void aDefaultRunListensOnNoPortAndKeepsItsDataOwnerOnly() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        FileSystemUtils.copyRecursively(project.resolve("jobs"), work.resolve("jobs"));
        FileSystemUtils.copyRecursively(project.resolve("report-templates"), work.resolve("report-templates"));
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                MentorLensApplication.class.getName(), "monthly", "--period", "2026-10", "--input",
                project.resolve("sample-data").toString(), "--config", "jobs/monthly-report.yml")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("run.log").toFile())
                .start();

        Set<Long> listeners = new HashSet<>();
        int looks = 0;
        while (run.isAlive()) {
            listeners.addAll(ListeningSockets.of(run.pid()));
            looks++;
            Thread.sleep(20);
        }
        run.waitFor(1, TimeUnit.MINUTES);

        assertThat(run.exitValue()).as(Files.readString(work.resolve("run.log"))).isZero();
        assertThat(looks).isPositive();
        assertThat(listeners).as("sockets the run listened on").isEmpty();
        assertThat(PrivateFilesTests.mode(work.resolve("data"))).isEqualTo("rwx------");
        assertThat(PrivateFilesTests.mode(work.resolve("data/mentorlens.mv.db"))).isEqualTo("rw-------");
        Path published = work.resolve("reports/2026-10");
        assertThat(published.resolve("manifest.json")).exists();
        assertThat(published.resolve("career-mentoring/charts")).isDirectory();
        try (Stream<Path> walk = Files.walk(work.resolve("reports"))) {
            for (Path path : walk.toList()) {
                assertThat(PrivateFilesTests.mode(path)).as(work.relativize(path).toString())
                        .isEqualTo(Files.isDirectory(path) ? "rwx------" : "rw-------");
            }
        }
    }

    /** The TCP sockets a process listens on, by inode, from /proc (Linux). */
    static final class ListeningSockets {

        private static final String LISTEN = "0A";

        static Set<Long> of(long pid) throws IOException {
            Set<Long> owned = new HashSet<>();
            Path fds = Path.of("/proc", Long.toString(pid), "fd");
            try (Stream<Path> list = Files.list(fds)) {
                for (Path fd : list.toList()) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            owned.add(Long.parseLong(target.substring(8, target.length() - 1)));
                        }
                    } catch (IOException closedMeanwhile) {
                        // the descriptor was closed while listing
                    }
                }
            } catch (IOException processEnded) {
                return Set.of();
            }
            Set<Long> listening = new HashSet<>();
            for (String table : List.of("tcp", "tcp6")) {
                Path file = Path.of("/proc", Long.toString(pid), "net", table);
                List<String> lines;
                try {
                    lines = Files.readAllLines(file);
                } catch (IOException processEnded) {
                    return listening;
                }
                for (String line : lines.subList(1, lines.size())) {
                    String[] fields = line.trim().split("\\s+");
                    long inode = Long.parseLong(fields[9]);
                    if (fields[3].equals(LISTEN) && owned.contains(inode)) {
                        listening.add(inode);
                    }
                }
            }
            return listening;
        }
    }
}
