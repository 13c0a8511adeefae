package dev.mentorlens.report;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

/** The targets of the checkout's job definition, bound as a run binds them. */
final class SiteTargets {

    static final String JOB_DEFINITION = "jobs/monthly-report.yml";

    private SiteTargets() {
    }

    static TargetSettings load() {
        try {
            var sources = new YamlPropertySourceLoader().load("site", new FileSystemResource(JOB_DEFINITION));
            return new Binder(ConfigurationPropertySources.from(sources)).bind("mentorlens.targets",
                    TargetSettings.class).orElse(TargetSettings.BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
