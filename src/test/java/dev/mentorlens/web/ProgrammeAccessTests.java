package dev.mentorlens.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.mentorlens.batch.ComparisonParameters;
import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.runs.RunState;
import dev.mentorlens.runs.RunView;
import org.junit.jupiter.api.Test;

class ProgrammeAccessTests {

    private static final ProgrammeAccess CAREER = new ProgrammeAccess(Set.of("career-mentoring"));

    private static RunView run(String job, String programme) {
        return new RunView(1, job, Map.of("period", "2026-10", "programme", programme), "in", "out",
                RunState.COMPLETED, null, null, null, List.of(), null, false, List.of(), List.of());
    }

    @Test
    void aLimitedViewerSeesRunsOfEveryProgrammeAndOfItsOwnButNotOfAnother() {
        assertThat(CAREER.sees(run(MonthlyParameters.JOB_NAME, "ALL"))).isTrue();
        assertThat(CAREER.sees(run(MonthlyParameters.JOB_NAME, "career-mentoring"))).isTrue();
        assertThat(CAREER.sees(run(MonthlyParameters.JOB_NAME, "peer-coaching"))).isFalse();
        assertThat(CAREER.sees(run(ComparisonParameters.JOB_NAME, "career-mentoring"))).isTrue();
        assertThat(CAREER.sees(run(ComparisonParameters.JOB_NAME, "peer-coaching"))).isFalse();
    }

    @Test
    void ofARunOfEveryProgrammeALimitedViewerGetsOnlyItsProgrammesFolder() {
        RunView all = run(MonthlyParameters.JOB_NAME, "ALL");

        assertThat(List.of("career-mentoring/career-mentoring-2026-10.xlsx", "career-mentoring/charts/reach.png",
                "career-mentoring/metrics.csv")).allMatch(path -> CAREER.seesFile(all, path));
        assertThat(List.of("peer-coaching/peer-coaching-2026-10.xlsx", "ALL/organisation-2026-10.xlsx",
                "rejects/sessions.csv", "manifest.json", "career-mentoring")).noneMatch(path -> CAREER.seesFile(all, path));
    }

    @Test
    void aUserWithoutProgrammesSeesEverything() {
        RunView peer = run(MonthlyParameters.JOB_NAME, "peer-coaching");

        assertThat(ProgrammeAccess.EVERYTHING.sees(peer)).isTrue();
        assertThat(ProgrammeAccess.EVERYTHING.seesFile(peer, "ALL/organisation-2026-10.xlsx")).isTrue();
        assertThat(ProgrammeAccess.of((java.security.Principal) null).limited()).isFalse();
    }
}
