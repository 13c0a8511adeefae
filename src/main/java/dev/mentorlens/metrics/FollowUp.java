package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import dev.mentorlens.stats.RateRatio;
import dev.mentorlens.stats.TimeToEvent;

/**
 * One person followed from {@code start} to the earlier of D and their termination date.
 *
 * @param days follow-up length
 * @param terminated whether the follow-up ended with a termination on or before D
 * @param promotions promotion events dated in {@code (start, end]}
 * @param voluntaryExit terminated with reason {@code voluntary}, start &lt; termination &lt;= D
 */
record FollowUp(String employeeId, long days, boolean terminated, int promotions, boolean voluntaryExit) {

    static FollowUp of(Employee employee, LocalDate start, LocalDate d) {
        LocalDate termination = employee.terminationDate();
        boolean terminated = termination != null && !termination.isAfter(d);
        LocalDate end = terminated ? termination : d;
        if (end.isBefore(start)) {
            end = start;
        }
        int promotions = 0;
        for (LocalDate p : employee.promotions()) {
            if (p.isAfter(start) && !p.isAfter(end)) {
                promotions++;
            }
        }
        boolean voluntary = terminated && termination.isAfter(start)
                && "voluntary".equals(employee.terminationReason());
        return new FollowUp(employee.employeeId(), ChronoUnit.DAYS.between(start, end), terminated, promotions,
                voluntary);
    }

    TimeToEvent timeToEvent() {
        return terminated ? TimeToEvent.event(days) : TimeToEvent.censored(days);
    }

    static List<TimeToEvent> times(Collection<FollowUp> people) {
        return people.stream().map(FollowUp::timeToEvent).toList();
    }

    static double personYears(Collection<FollowUp> people) {
        return RateRatio.personYears(people.stream().mapToLong(FollowUp::days).sum());
    }

    static long promotions(Collection<FollowUp> people) {
        return people.stream().mapToLong(FollowUp::promotions).sum();
    }
}
