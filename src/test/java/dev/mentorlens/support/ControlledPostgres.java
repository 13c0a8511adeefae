package dev.mentorlens.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own, in a data folder under the temp folder, that the test can stop
 * (as a crash would), start again, freeze and thaw. It uses the machine's PostgreSQL binaries; when
 * the tests run as root it runs them as the {@code postgres} account, as initdb refuses root.
 */
public final class ControlledPostgres implements AutoCloseable {

    private static final Path BINARIES = findBinaries();

    private final Path dataFolder;
    private final int port;

    private ControlledPostgres(Path dataFolder, int port) {
        this.dataFolder = dataFolder;
        this.port = port;
    }

    /** Creates a new cluster and starts it on a free port of 127.0.0.1. */
    public static ControlledPostgres start(String name) throws IOException, InterruptedException {
        // under the system's temp folder, which the server account can reach when the tests run as root
        Path data = Files.createTempDirectory("mentorlens-" + name + "-");
        ControlledPostgres server = new ControlledPostgres(data, freePort());
        server.ownedByServerAccount();
        server.run(BINARIES.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        server.startAgain();
        return server;
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public void startAgain() throws IOException, InterruptedException {
        run(BINARIES.resolve("pg_ctl").toString(), "-D", dataFolder.toString(), "-w", "-t", "60", "-l",
                dataFolder.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dataFolder + " -c fsync=off", "start");
    }

    /** Stops the server as a crash would: no checkpoint, every client connection cut. */
    public void crash() throws IOException, InterruptedException {
        run(BINARIES.resolve("pg_ctl").toString(), "-D", dataFolder.toString(), "-m", "immediate", "-w", "stop");
    }

    /** Stops every process of the server (SIGSTOP): connections stay open and nothing answers. */
    public void freeze() throws IOException, InterruptedException {
        signalAll("STOP");
    }

    public void thaw() throws IOException, InterruptedException {
        signalAll("CONT");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (Files.exists(dataFolder.resolve("postmaster.pid"))) {
            thaw();
            run(BINARIES.resolve("pg_ctl").toString(), "-D", dataFolder.toString(), "-m", "immediate", "-w", "stop");
        }
        exec(List.of("rm", "-rf", dataFolder.toString()));
    }

    private void signalAll(String signal) throws IOException, InterruptedException {
        long postmaster = Long.parseLong(Files.readAllLines(dataFolder.resolve("postmaster.pid")).get(0).trim());
        List<Long> processes = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).ifPresent(p -> p.children().forEach(c -> processes.add(c.pid())));
        for (long pid : processes) {
            // a backend may end between the listing and the signal
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
        }
    }

    private void ownedByServerAccount() throws IOException, InterruptedException {
        if (runningAsRoot()) {
            exec(List.of("chown", "-R", "postgres:postgres", dataFolder.toString()));
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        exec(full);
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path findBinaries() {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(java.util.Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries under /usr/lib/postgresql"));
        } catch (IOException e) {
            throw new IllegalStateException("The PostgreSQL server binaries (initdb, pg_ctl) are needed by this test"
                    + " and were not found under /usr/lib/postgresql: install the postgresql package", e);
        }
    }
}
