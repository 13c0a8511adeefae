package dev.mentorlens.report;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The targets of the "At a glance" sheet from the job definition ({@code mentorlens.targets} in
 * {@code jobs/monthly-report.yml}): site-wide defaults and per-programme overrides, field by field.
 *
 * @param defaults the site's defaults; unset fields take the built-in ones
 * @param programmes per programme id, the fields that differ from the defaults
 */
@ConfigurationProperties("mentorlens.targets")
record TargetSettings(Targets defaults, Map<String, Targets> programmes) {

    static final TargetSettings BUILT_IN = new TargetSettings(null, null);

    TargetSettings {
        defaults = defaults == null ? Targets.BUILT_IN
                : defaults.checked("mentorlens.targets.defaults").over(Targets.BUILT_IN);
        Map<String, Targets> checked = new TreeMap<>();
        if (programmes != null) {
            programmes.forEach((id, targets) -> checked.put(id,
                    targets.checked("mentorlens.targets.programmes." + id)));
        }
        programmes = Map.copyOf(checked);
    }

    /** The targets of a programme: its own fields, else the defaults. */
    Targets of(String programmeId) {
        Targets own = programmes.get(programmeId);
        return own == null ? defaults : own.over(defaults);
    }
}
