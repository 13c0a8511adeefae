package dev.mentorlens.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

import dev.mentorlens.schedule.FireTimes.LastFire;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Schedules every job definition of {@code jobs/} in {@code serve}, each on its cron in its time zone, and
 * loads them again when a file of the folder changes ({@code mentorlens.jobs.watch}, every 30 s; 0 for never).
 * At start-up (and on reload) a fire time missed while the process was down is run once; a fire that
 * finds the previous launch of its job still going is skipped and logged; a fire that fails is logged
 * and recorded, and the schedule goes on.
 */
@Component
@ConditionalOnWebApplication
public class JobScheduler {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);
    static final String SCHEDULE = "schedule";

    private final JobDefinitions definitions;
    private final FireTimes fireTimes;
    private final Launches launches;
    private final DefinitionRuns runs;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final Map<String, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private volatile JobDefinitions.Loaded loaded;

    private final Duration watchEvery;
    private volatile String fingerprint = "";

    JobScheduler(JobDefinitions definitions, FireTimes fireTimes, Launches launches, DefinitionRuns runs,
            @Value("${mentorlens.jobs.watch:30s}") Duration watchEvery) {
        this.definitions = definitions;
        this.fireTimes = fireTimes;
        this.launches = launches;
        this.runs = runs;
        this.watchEvery = watchEvery;
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("mentorlens-schedule-");
        scheduler.setErrorHandler(e -> log.error("A scheduled fire failed: {}", e.getMessage(), e));
        scheduler.initialize();
    }

    /** A job as scheduled: its definition, its next fire time, and how its last fire went. */
    public record ScheduledJob(JobDefinition definition, ZonedDateTime nextFire, Optional<LastFire> lastFire,
            boolean active) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        reload();
        if (!watchEvery.isZero()) {
            scheduler.scheduleWithFixedDelay(this::reloadWhenChanged, watchEvery);
        }
    }

    /** Reloads when a file of the jobs folder was added, removed or changed since the last load. */
    private void reloadWhenChanged() {
        if (!definitions.fingerprint().equals(fingerprint)) {
            log.info("The job definitions in {} changed; loading them again", definitions.folder());
            reload();
        }
    }

    /**
     * Reads the definitions again and schedules them anew: a bad file is logged and left out, the
     * others run; a fire time missed since the last one handled is run once now.
     */
    public synchronized JobDefinitions.Loaded reload() {
        scheduled.values().forEach(future -> future.cancel(false));
        scheduled.clear();
        fingerprint = definitions.fingerprint();
        JobDefinitions.Loaded now = definitions.load();
        now.problems().forEach(problem -> log.warn("Job definition left out: {}", problem));
        for (JobDefinition definition : now.definitions()) {
            try {
                catchUp(definition);
                FireTrigger trigger = new FireTrigger(new CronTrigger(definition.cron(), definition.scheduleZone()));
                scheduled.put(definition.name(), scheduler.schedule(
                        () -> fire(definition, trigger.scheduledFor().atZone(definition.scheduleZone())), trigger));
                log.info("Job {} scheduled ({} {}), next fire {}", definition.name(), definition.cron(),
                        definition.scheduleZone(), nextFire(definition));
            } catch (RuntimeException e) {
                log.error("Job {} could not be scheduled: {}", definition.name(), e.getMessage(), e);
            }
        }
        loaded = now;
        return now;
    }

    /** The definitions in use, with their next and last fire. */
    public List<ScheduledJob> jobs() {
        JobDefinitions.Loaded current = loaded;
        List<ScheduledJob> jobs = new ArrayList<>();
        if (current != null) {
            for (JobDefinition definition : current.definitions()) {
                jobs.add(new ScheduledJob(definition, nextFire(definition), fireTimes.last(definition.name()),
                        launches.isActive(definition.name())));
            }
        }
        return jobs;
    }

    /** The sentences about definition files left out at the last load. */
    public List<String> problems() {
        JobDefinitions.Loaded current = loaded;
        return current == null ? List.of() : current.problems();
    }

    public Optional<JobDefinition> definition(String name) {
        JobDefinitions.Loaded current = loaded;
        return current == null ? Optional.empty() : current.named(name);
    }

    /** Runs a definition for the month a fire time stands for, unless its previous launch still runs. */
    void fire(JobDefinition definition, ZonedDateTime fireTime) {
        String job = definition.name();
        try {
            fireTimes.fired(job, fireTime.toInstant());
            if (launches.isActive(job)) {
                skipped(job, fireTime, "the previous launch of " + job + " is still running");
                return;
            }
            String period = definition.period().periodAt(fireTime);
            Launch launch = launches.submit(job, "start", period, SCHEDULE, runs.targets(definition, period, false),
                    ended -> fireTimes.ended(job, fireTime.toInstant(), ended.outcome(), ended.detail(),
                            ended.endedAt()));
            log.info("Job {} fired for {} (fire time {}): launch {}", job, period, fireTime, launch.id());
        } catch (AlreadyRunningException e) {
            skipped(job, fireTime, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Job {} could not be launched at {}: {}", job, fireTime, e.getMessage(), e);
            try {
                fireTimes.ended(job, fireTime.toInstant(), "FAILED", e.getMessage(), Instant.now());
            } catch (RuntimeException ignored) {
                // the database may be what failed; the log has it
            }
        }
    }

    private void skipped(String job, ZonedDateTime fireTime, String why) {
        log.warn("Job {}: fire time {} skipped, {}", job, fireTime, why);
        fireTimes.ended(job, fireTime.toInstant(), "SKIPPED", why, Instant.now());
    }

    private void catchUp(JobDefinition definition) {
        Instant now = Instant.now();
        Optional<LastFire> last = fireTimes.last(definition.name());
        if (last.isEmpty()) {
            // a job seen for the first time has missed nothing: its first fire is the next one
            fireTimes.fired(definition.name(), now);
            return;
        }
        MissedFires.latest(definition.cron(), definition.scheduleZone(), last.get().firedAt(), now)
                .ifPresent(missed -> {
                    log.info("Job {} missed its fire time {} while MentorLens was not running; running it now",
                            definition.name(), missed);
                    fire(definition, missed);
                });
    }

    private static ZonedDateTime nextFire(JobDefinition definition) {
        return CronExpression.parse(definition.cron()).next(ZonedDateTime.now(definition.scheduleZone()));
    }

    @PreDestroy
    void stop() {
        scheduler.shutdown();
    }

    /** A cron trigger that remembers the fire time it last computed, which is the one being run. */
    private static final class FireTrigger implements Trigger {

        private final CronTrigger cron;
        private volatile Instant next;

        FireTrigger(CronTrigger cron) {
            this.cron = cron;
        }

        @Override
        public Instant nextExecution(TriggerContext context) {
            next = cron.nextExecution(context);
            return next;
        }

        Instant scheduledFor() {
            return next;
        }
    }
}
