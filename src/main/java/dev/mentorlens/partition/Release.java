package dev.mentorlens.partition;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * The release a worker must run to take a partition of this process: a partition's work is only
 * understood by the code that made it (step names, context keys, metric definitions).
 */
@Component
public class Release {

    private final String name;

    Release(PartitionSettings settings, ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        this.name = !settings.release().isBlank() ? settings.release()
                : properties != null && properties.getVersion() != null ? properties.getVersion() : "development";
    }

    public String name() {
        return name;
    }
}
