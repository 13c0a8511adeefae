package dev.mentorlens.ingest;

/** What the ingest of one source gave over all its files. */
public record SourceCounts(String source, int read, int accepted, int rejected, int duplicates, int files) {

    public double rejectRatio() {
        return read == 0 ? 0 : (double) rejected / read;
    }
}
