package dev.mentorlens.partition;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The release a worker must run to take a partition of this process: a partition's work is only
 * understood by the code that made it (step names, context keys, metric definitions). It is the jar's
 * version and build time, so two builds of one snapshot version are told apart too.
 */
@Component
public class Release {

    private static final DateTimeFormatter BUILT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String name;

    Release(PartitionSettings settings, ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        this.name = !settings.release().isBlank() ? settings.release() : ofBuild(properties);
    }

    private static String ofBuild(BuildProperties properties) {
        if (properties == null || properties.getVersion() == null) {
            return "development";
        }
        Instant built = properties.getTime();
        return built == null ? properties.getVersion()
                : properties.getVersion() + "+" + BUILT.format(built.truncatedTo(ChronoUnit.SECONDS));
    }

    public String name() {
        return name;
    }
}
