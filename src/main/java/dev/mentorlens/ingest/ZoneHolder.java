package dev.mentorlens.ingest;

import java.time.ZoneId;

/** The reporting zone the rows of a step are read in: timestamps become dates in this zone. */
final class ZoneHolder {

    private final ZoneId zone;

    ZoneHolder(ZoneId zone) {
        this.zone = zone;
    }

    ZoneId get() {
        return zone;
    }
}
