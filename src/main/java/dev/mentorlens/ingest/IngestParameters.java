package dev.mentorlens.ingest;

/** Names of the job parameters the ingest steps read. */
public final class IngestParameters {

    public static final String INPUT = "input";
    public static final String ZONE = "zone";
    public static final String MAX_REJECT_RATIO = "maxRejectRatio";

    private IngestParameters() {
    }
}
