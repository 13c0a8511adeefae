package dev.mentorlens.web;

import java.security.Principal;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import dev.mentorlens.batch.ComparisonParameters;
import dev.mentorlens.batch.MonthlyParameters;
import dev.mentorlens.runs.RunView;
import dev.mentorlens.schedule.DefinitionRuns;
import dev.mentorlens.schedule.JobDefinition;
import dev.mentorlens.schedule.JobKind;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The programmes a user may see. A user granted the authority {@code PROGRAMME_<id>} for one or more
 * programmes (a viewer limited by {@code programmes:} in configuration, or a group an identity provider
 * maps) sees only the runs that concern them (monthly runs of every programme or of one of theirs,
 * comparisons within theirs), only those programmes' folders among a monthly run's files (not the
 * organisation folder {@code ALL/}, nor {@code rejects/} and {@code manifest.json}, which cover every
 * programme) and only those programmes among the partitions of a run's steps. A user without such an
 * authority sees everything.
 */
record ProgrammeAccess(Set<String> programmes) {

    static final String AUTHORITY_PREFIX = "PROGRAMME_";
    static final ProgrammeAccess EVERYTHING = new ProgrammeAccess(Set.of());

    static ProgrammeAccess of(Principal user) {
        if (!(user instanceof Authentication authentication)) {
            return EVERYTHING;
        }
        return of(authentication.getAuthorities());
    }

    static ProgrammeAccess of(Collection<? extends GrantedAuthority> authorities) {
        Set<String> programmes = new TreeSet<>();
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(AUTHORITY_PREFIX)) {
                programmes.add(name.substring(AUTHORITY_PREFIX.length()));
            }
        }
        return new ProgrammeAccess(Set.copyOf(programmes));
    }

    boolean limited() {
        return !programmes.isEmpty();
    }

    /** Whether the run concerns one of the user's programmes. */
    boolean sees(RunView run) {
        if (!limited()) {
            return true;
        }
        String programme = run.parameter(MonthlyParameters.PROGRAMME);
        if (MonthlyParameters.JOB_NAME.equals(run.job())) {
            return DefinitionRuns.ALL_PROGRAMMES.equals(programme) || programmes.contains(programme);
        }
        return ComparisonParameters.JOB_NAME.equals(run.job()) && programmes.contains(programme);
    }

    /**
     * The run as the user may see it: a limited user sees, of each partition of a run's steps, only the
     * programmes that are theirs (the others counted), like the files of the run.
     */
    RunView shown(RunView run) {
        if (!limited() || run.steps().stream().allMatch(step -> step.partitions().isEmpty())) {
            return run;
        }
        return run.withSteps(run.steps().stream()
                .map(step -> new RunView.StepView(step.name(), step.state(), step.read(), step.written(),
                        step.rejected(), step.partitions().stream().map(p -> p.seenBy(programmes)).toList()))
                .toList());
    }

    /** Whether a file of a run the user sees, by its path in the run's folder, is one of the user's programmes'. */
    boolean seesFile(RunView run, String path) {
        if (!limited() || ComparisonParameters.JOB_NAME.equals(run.job())) {
            return true;
        }
        int slash = path.indexOf('/');
        return slash > 0 && programmes.contains(path.substring(0, slash));
    }

    /** Whether the job definition runs one of the user's programmes. */
    boolean sees(JobDefinition definition) {
        if (!limited()) {
            return true;
        }
        if (definition.kind() == JobKind.COHORT_COMPARISON) {
            return definition.comparisons().stream().anyMatch(c -> programmes.contains(c.programme()));
        }
        return definition.programmes().isEmpty() || definition.programmes().stream().anyMatch(programmes::contains);
    }

    /** Whether the programme id (or {@code ALL}, the organisation) is one of the user's. */
    boolean sees(String programme) {
        return !limited() || programmes.contains(programme);
    }
}
