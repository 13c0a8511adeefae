package dev.mentorlens.web;

import java.time.Instant;
import java.util.List;

import dev.mentorlens.runs.LaunchResult;
import dev.mentorlens.schedule.Launch;

/** A launch as the API shows it: its state and, once ended, its outcome in one word and why it did not succeed. */
record LaunchJson(long id, String job, String action, String period, String triggeredBy, Instant requestedAt,
        Instant endedAt, Launch.State state, String outcome, String detail, List<LaunchResult> results) {

    static LaunchJson of(Launch launch) {
        return of(launch, ProgrammeAccess.EVERYTHING);
    }

    /** The launch with only the runs the user may see; the outcome and detail are the launch's as a whole. */
    static LaunchJson of(Launch launch, ProgrammeAccess access) {
        List<LaunchResult> results = launch.results().stream()
                .filter(result -> result.run() == null || access.sees(result.run()))
                .map(result -> result.run() == null ? result : new LaunchResult(result.outcome(),
                        access.shown(result.run()), result.requested(), result.detail()))
                .toList();
        return new LaunchJson(launch.id(), launch.job(), launch.action(), launch.period(), launch.triggeredBy(),
                launch.requestedAt(), launch.endedAt(), launch.state(), launch.outcome(), launch.detail(), results);
    }
}
