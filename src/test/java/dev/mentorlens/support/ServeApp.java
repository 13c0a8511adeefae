package dev.mentorlens.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import dev.mentorlens.MentorLensApplication;
import dev.mentorlens.batch.RunOwners;
import org.flywaydb.core.Flyway;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code serve} as a test starts it: the web application on a free port, on a database of its own, with a
 * folder (under target/) that holds {@code jobs/} and the inputs its definitions name. The database can be
 * prepared before the start ({@link #migrate()}), as if an earlier {@code serve} had used it.
 */
public final class ServeApp implements AutoCloseable {

    /** One ops user, for tests that do not log in: serve refuses to start without users. */
    public static final List<String> OPS_USER = List.of("--mentorlens.users[0].name=ops",
            "--mentorlens.users[0].password-hash=" + new BCryptPasswordEncoder().encode("ops-password"),
            "--mentorlens.users[0].roles=ops");

    private final TestDatabase database;
    private final Path base;
    private ConfigurableApplicationContext context;

    public ServeApp(String kind, String name) {
        this.database = TestDatabase.create(kind, name);
        this.base = Path.of("target", "serve-tests", name + "-" + kind + "-" + UUID.randomUUID().toString()
                .substring(0, 8)).toAbsolutePath();
        try {
            Files.createDirectories(base.resolve("jobs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestDatabase database() {
        return database;
    }

    /** The folder that holds {@code jobs/}; definitions name folders relative to it. */
    public Path base() {
        return base;
    }

    public ServeApp job(String file, String definition) {
        try {
            Files.writeString(base.resolve("jobs").resolve(file), definition);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the product's tables before the application starts, to seed them. */
    public ServeApp migrate() {
        Flyway.configure().dataSource(database.url(), database.username(), "").locations("classpath:db/migration")
                .load().migrate();
        return this;
    }

    public ServeApp start(String... extraArgs) {
        List<String> args = new ArrayList<>(database.springArgs());
        args.addAll(List.of("--spring.main.web-application-type=servlet", "--server.port=0",
                "--mentorlens.jobs.folder=" + base.resolve("jobs"), "--logging.level.root=WARN"));
        args.addAll(List.of(extraArgs));
        context = new SpringApplicationBuilder(MentorLensApplication.class).web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args.toArray(String[]::new));
        return this;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Holds the ingest tables as a live run of this process would, so that a launch waits on them (given a
     * long {@code mentorlens.locks.wait}) until {@link #releaseIngestTables()}.
     */
    public void holdIngestTables() {
        database.jdbc().update("insert into run_lease (resource, holder_id, process_token, host, pid, acquired_at,"
                + " expires_at) values ('ingest tables', 'test-holder', ?, ?, ?, ?, ?)", RunOwners.PROCESS_TOKEN,
                RunOwners.hostName(), ProcessHandle.current().pid(), System.currentTimeMillis(),
                System.currentTimeMillis() + Duration.ofHours(1).toMillis());
    }

    public void releaseIngestTables() {
        database.jdbc().update("delete from run_lease where holder_id = 'test-holder'");
    }

    /** Waits for something the application does in the background; fails after {@code limit}. */
    public static void await(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gave up waiting after " + limit.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting: " + what, e);
            }
        }
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
