package dev.mentorlens.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * Worker processes ({@code mentorlens worker}) in child JVMs for one test, on a queue of the test's own in
 * the RabbitMQ at 127.0.0.1:5672, and the settings that send a run's partitions to them. A broker that
 * cannot be reached fails the test with a message saying how to start it.
 */
public final class Workers implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5672;

    private final TestDatabase db;
    private final Path logs;
    private final String queue = "mentorlens-test-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Process> started = new ArrayList<>();

    public Workers(TestDatabase db, Path logs) {
        requireBroker();
        this.db = db;
        this.logs = logs;
    }

    /** Settings of a run (or a worker) whose partitions go to these workers; fast failure detection. */
    public List<String> remoteArgs() {
        return List.of("--spring.profiles.active=remote", "--spring.rabbitmq.host=" + HOST,
                "--spring.rabbitmq.port=" + PORT, "--mentorlens.partitions.queue=" + queue,
                "--mentorlens.partitions.heartbeat=1s", "--mentorlens.partitions.dead-after=5s",
                "--mentorlens.partitions.pickup-timeout=300s", "--mentorlens.partitions.poll-interval=250ms");
    }

    /** Starts a worker; {@code extra} settings come after the shared ones and win. */
    public Process start(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("worker"));
        args.addAll(remoteArgs());
        args.addAll(List.of(extra));
        Process worker = MentorLensCli.start(db, logs.resolve("worker-" + started.size() + ".log"),
                args.toArray(String[]::new));
        started.add(worker);
        return worker;
    }

    public List<Process> started() {
        return List.copyOf(started);
    }

    public String queue() {
        return queue;
    }

    @Override
    public void close() throws InterruptedException {
        for (Process worker : started) {
            worker.destroyForcibly();
            worker.waitFor(30, TimeUnit.SECONDS);
        }
        CachingConnectionFactory connections = new CachingConnectionFactory(HOST, PORT);
        try {
            new RabbitAdmin(connections).deleteQueue(queue);
        } finally {
            connections.destroy();
        }
    }

    /** Stops the broker's application and starts it again, as a broker restart does; waits until it answers. */
    public static void restartBroker() throws IOException, InterruptedException {
        rabbitmqctl("stop_app");
        rabbitmqctl("start_app");
        rabbitmqctl("await_startup");
    }

    private static void rabbitmqctl(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("rabbitmqctl", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("rabbitmqctl " + command + " failed (needs the rights of the broker's owner)");
        }
    }

    private static void requireBroker() {
        try (Socket socket = new Socket(HOST, PORT)) {
            // reachable
        } catch (IOException e) {
            throw new AssertionError("RabbitMQ at " + HOST + ":" + PORT + " (guest/guest) is needed by this test and"
                    + " cannot be reached (" + e.getMessage() + "). Start it with: rabbitmq-server -detached", e);
        }
    }
}
