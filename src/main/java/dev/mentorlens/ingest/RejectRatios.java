package dev.mentorlens.ingest;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The rule that fails a run when a source rejects more than {@code maxRejectRatio} of its rows. */
public final class RejectRatios {

    private RejectRatios() {
    }

    /**
     * Throws {@link InputFileException} for the first source above {@code maxRatio}; the
     * sentence ends with {@code whereToLook} of that source (where its rejected rows can be seen).
     */
    public static void check(List<SourceCounts> totals, double maxRatio,
            Function<SourceCounts, String> whereToLook) {
        for (SourceCounts counts : totals) {
            if (counts.rejectRatio() > maxRatio) {
                throw new InputFileException(String.format(Locale.ROOT,
                        "Source %s rejected %d of %d rows (ratio %.4f), more than max_reject_ratio %s; %s.",
                        counts.source(), counts.rejected(), counts.read(), counts.rejectRatio(), maxRatio,
                        whereToLook.apply(counts)));
            }
        }
    }
}
