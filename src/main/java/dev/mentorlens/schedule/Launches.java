package dev.mentorlens.schedule;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.mentorlens.runs.LaunchResult;
import dev.mentorlens.runs.RunView;
import dev.mentorlens.runs.Runs;
import dev.mentorlens.schedule.Launch.State;
import dev.mentorlens.schedule.Launch.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The launches of {@code serve}, from the schedule and from users alike. A launch whose job, period
 * and programme (its targets' keys) is already running here or in another process is refused at once
 * with a sentence saying which; the others queue and run one after the other through
 * {@link Runs#inBackground}, as the runs of one database share their ingest tables anyway.
 */
@Component
public class Launches {

    private static final Logger log = LoggerFactory.getLogger(Launches.class);
    private static final int KEPT = 200;

    private final Runs runs;
    private final ObjectProvider<LaunchListener> listeners;
    private final Map<String, Long> inFlight = new HashMap<>();
    private final Map<Long, Tracked> tracked = new HashMap<>();
    private final Deque<Long> order = new ArrayDeque<>();
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    private long lastId;

    Launches(Runs runs, ObjectProvider<LaunchListener> listeners) {
        this.runs = runs;
        this.listeners = listeners;
    }

    /** Told of every run a launch made, and of every launch that ended. */
    public interface LaunchListener {

        void ran(Launch launch, LaunchResult result);

        default void ended(Launch launch) {
        }
    }

    /**
     * Queues a launch of the targets, or refuses it with {@link AlreadyRunningException}.
     *
     * @param whenEnded called once the launch ended, on the thread that ran its last target
     */
    public Launch submit(String job, String action, String period, String triggeredBy, List<Target> targets,
            Consumer<Launch> whenEnded) {
        Tracked launch;
        synchronized (this) {
            for (Target target : targets) {
                Long holder = inFlight.get(target.key());
                if (holder != null) {
                    Launch running = tracked.get(holder).view();
                    throw new AlreadyRunningException(target.key() + " is already " + (running.state() == State.QUEUED
                            ? "queued" : "running") + " as launch " + holder + ", asked by " + running.triggeredBy()
                            + " at " + running.requestedAt() + "; wait for it to end, or stop its run.");
                }
            }
            for (Target target : targets) {
                Optional<RunView> elsewhere = target.runningElsewhere().get();
                if (elsewhere.isPresent()) {
                    throw new AlreadyRunningException(target.key() + " is already running as run "
                            + elsewhere.get().id() + " (started " + elsewhere.get().start() + "); wait for it to end,"
                            + " or stop it.");
                }
            }
            launch = new Tracked(++lastId, job, action, period, triggeredBy, Instant.now());
            targets.forEach(t -> inFlight.put(t.key(), launch.id));
            tracked.put(launch.id, launch);
            order.addLast(launch.id);
            while (order.size() > KEPT && !tracked.get(order.peekFirst()).isActive()) {
                tracked.remove(order.pollFirst());
            }
            CompletableFuture<Void> done = tail.handle((previous, failure) -> null)
                    .thenCompose(none -> runAll(launch, targets))
                    .whenComplete((none, failure) -> end(launch, targets, failure, whenEnded));
            tail = done;
        }
        return launch.view();
    }

    /** The launch with this id, while it is among the last ones kept. */
    public synchronized Optional<Launch> find(long id) {
        return Optional.ofNullable(tracked.get(id)).map(Tracked::view);
    }

    /** The launches kept, newest first. */
    public synchronized List<Launch> recent() {
        List<Launch> recent = new ArrayList<>();
        order.descendingIterator().forEachRemaining(id -> recent.add(tracked.get(id).view()));
        return recent;
    }

    /** Whether a launch of this job is queued or running. */
    public synchronized boolean isActive(String job) {
        return tracked.values().stream().anyMatch(t -> t.job.equals(job) && t.isActive());
    }

    private CompletableFuture<Void> runAll(Tracked launch, List<Target> targets) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Target target : targets) {
            chain = chain.thenCompose(none -> runs.inBackground(() -> {
                launch.running();
                log.info("Launch {} ({} {} {}) runs {}", launch.id, launch.action, launch.job,
                        launch.period == null ? "" : launch.period, target.key());
                return target.launch().get();
            })).thenAccept(result -> {
                launch.add(result);
                log.info("Launch {}: {} gave {}{}", launch.id, target.key(), result.outcome(),
                        result.detail() == null ? "" : " (" + result.detail() + ")");
                listeners.forEach(l -> l.ran(launch.view(), result));
            });
        }
        return chain;
    }

    private void end(Tracked launch, List<Target> targets, Throwable failure, Consumer<Launch> whenEnded) {
        synchronized (this) {
            targets.forEach(t -> inFlight.remove(t.key(), launch.id));
        }
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            log.error("Launch {} ({} {}) stopped: {}", launch.id, launch.action, launch.job, cause.getMessage(), cause);
            launch.failed(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
        launch.ended();
        Launch view = launch.view();
        try {
            listeners.forEach(l -> l.ended(view));
            if (whenEnded != null) {
                whenEnded.accept(view);
            }
        } catch (RuntimeException e) {
            log.error("After launch {}: {}", launch.id, e.getMessage(), e);
        }
    }

    /** The mutable state of a launch, read as {@link Launch} snapshots. */
    private static final class Tracked {

        private final long id;
        private final String job;
        private final String action;
        private final String period;
        private final String triggeredBy;
        private final Instant requestedAt;
        private final List<LaunchResult> results = Collections.synchronizedList(new ArrayList<>());
        private volatile State state = State.QUEUED;
        private volatile Instant endedAt;
        private volatile String error;

        Tracked(long id, String job, String action, String period, String triggeredBy, Instant requestedAt) {
            this.id = id;
            this.job = job;
            this.action = action;
            this.period = period;
            this.triggeredBy = triggeredBy;
            this.requestedAt = requestedAt;
        }

        boolean isActive() {
            return state != State.ENDED;
        }

        void running() {
            state = State.RUNNING;
        }

        void add(LaunchResult result) {
            results.add(result);
        }

        void failed(String reason) {
            error = reason;
        }

        void ended() {
            endedAt = Instant.now();
            state = State.ENDED;
        }

        Launch view() {
            synchronized (results) {
                return new Launch(id, job, action, period, triggeredBy, requestedAt, endedAt, state,
                        List.copyOf(results), error);
            }
        }
    }
}
