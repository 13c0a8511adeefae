package dev.mentorlens.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.mentorlens.metrics.ControlPool.Outcomes;
import dev.mentorlens.metrics.MatchedImpactMetrics.Stratum;
import org.junit.jupiter.api.Test;

class ControlPoolTests {

    private static final LocalDate FIRST_HIRE = LocalDate.parse("2010-01-01");

    @Test
    void countsEveryStratumOfEveryDayLikeARecountPersonByPerson() {
        // 3,000 people in 7 departments, levels from -2 to 40 (and none), dated level changes, promotions,
        // leavers: every day's strata must be what counting each person on their own gives
        Random random = new Random(23L);
        List<Employee> people = new ArrayList<>();
        JobLevels levels = new JobLevels();
        for (int i = 0; i < 3_000; i++) {
            String id = "e" + i;
            LocalDate hired = FIRST_HIRE.plusDays(random.nextInt(5_000));
            LocalDate left = random.nextInt(4) == 0 ? hired.plusDays(1 + random.nextInt(3_000)) : null;
            List<LocalDate> promotions = new ArrayList<>();
            for (int p = random.nextInt(3); p > 0; p--) {
                promotions.add(hired.plusDays(random.nextInt(4_000)));
            }
            people.add(new Employee(id, "dept" + random.nextInt(7), hired, left, null, promotions));
            if (random.nextInt(10) > 0) {
                levels.addCurrent(id, random.nextInt(43) - 2);
            }
            for (int e = random.nextInt(4); e > 0; e--) {
                levels.addEvent(id, hired.plusDays(random.nextInt(4_000)), random.nextInt(43) - 2);
            }
        }
        ControlPool pool = new ControlPool(people, levels);

        for (LocalDate next = LocalDate.parse("2012-03-01"); next.isBefore(LocalDate.parse("2026-01-01"));
                next = next.plusDays(397)) {
            LocalDate day = next;
            Map<Stratum, Outcomes> strata = pool.strata(day.toEpochDay(), MatchedImpactMetrics.FOLLOW_UP_DAYS);

            Map<Stratum, long[]> expected = recount(people, levels, day);
            assertThat(strata.keySet()).as("strata on %s", day).isEqualTo(expected.keySet());
            expected.forEach((stratum, counts) -> {
                Outcomes o = strata.get(stratum);
                assertThat(new long[] {o.people, o.retained, o.promoted}).as("%s on %s", stratum, day)
                        .containsExactly(counts);
            });
        }
    }

    private static Map<Stratum, long[]> recount(List<Employee> people, JobLevels levels, LocalDate day) {
        Map<Stratum, long[]> counts = new HashMap<>();
        for (Employee e : people) {
            if (!e.employedAt(day)) {
                continue;
            }
            Stratum stratum = new Stratum(e.department(), levels.levelAt(e.employeeId(), day),
                    MatchedImpactMetrics.tenureBand(e.hireDate(), day));
            long[] c = counts.computeIfAbsent(stratum, s -> new long[3]);
            c[0]++;
            c[1] += MatchedImpactMetrics.retained(e, day) ? 1 : 0;
            c[2] += MatchedImpactMetrics.promoted(e, day) ? 1 : 0;
        }
        return counts;
    }
}
