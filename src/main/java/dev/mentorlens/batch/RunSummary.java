package dev.mentorlens.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.mentorlens.ingest.SourceCounts;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The per-source counts of a run, kept as a short string in the job's context and printed as a table. */
public final class RunSummary {

    /** Key of the encoded counts in the job's execution context. */
    public static final String COUNTS_KEY = "ingest.counts";
    /** Key of the sentence about stale programme folders in the job's execution context; empty when none. */
    public static final String STALE_KEY = "publish.staleProgrammes";
    /** Key of the sentence about results taken over from an earlier run in the job's execution context. */
    public static final String REUSED_KEY = "results.reused";

    private RunSummary() {
    }

    /** The sentence naming the programme folders published from earlier inputs; empty when there are none. */
    static String staleNotice(String period, List<String> staleProgrammes) {
        if (staleProgrammes.isEmpty()) {
            return "";
        }
        return "Stale: " + String.join(", ", staleProgrammes) + (staleProgrammes.size() == 1 ? " was" : " were")
                + " kept from an earlier run computed from other inputs (marked in manifest.json and the"
                + " organisation workbook); run 'rerun --period " + period + "' to compute every programme again.";
    }

    /** The sentence of a run that took over the results of an earlier one instead of computing them. */
    static String reusedNotice(long computedBy, long publishedBy) {
        return "Reused the results of run " + computedBy + (publishedBy == computedBy ? ""
                : " (as published by run " + publishedBy + ")") + ", inputs and settings unchanged; 'rerun"
                + " --recompute' computes them again.";
    }

    /** The sentence about results taken over from an earlier run; null when the run computed its own. */
    public static String reusedNotice(ExecutionContext jobContext) {
        return jobContext.getString(REUSED_KEY, null);
    }

    /** The lines about the publication to print under the counts of a run; empty when there is nothing to say. */
    public static List<String> publishNotices(ExecutionContext jobContext) {
        List<String> lines = new ArrayList<>();
        String reused = reusedNotice(jobContext);
        if (reused != null) {
            lines.add(reused);
        }
        String stale = jobContext.getString(STALE_KEY, "");
        if (!stale.isEmpty()) {
            lines.add(stale);
        }
        return lines;
    }

    static String encode(List<SourceCounts> totals) {
        StringBuilder text = new StringBuilder();
        for (SourceCounts c : totals) {
            text.append(c.source()).append(',').append(c.read()).append(',').append(c.accepted()).append(',')
                    .append(c.rejected()).append(',').append(c.duplicates()).append(',').append(c.files()).append(';');
        }
        return text.toString();
    }

    public static List<SourceCounts> decode(String encoded) {
        List<SourceCounts> totals = new ArrayList<>();
        if (encoded == null) {
            return totals;
        }
        for (String item : encoded.split(";")) {
            if (item.isEmpty()) {
                continue;
            }
            String[] f = item.split(",");
            totals.add(new SourceCounts(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5])));
        }
        return totals;
    }

    public static String table(List<SourceCounts> totals) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-18s %6s %9s %9s %11s %6s%n", "source",
                "read", "accepted", "rejected", "duplicates", "files"));
        for (SourceCounts c : totals) {
            out.append(String.format(Locale.ROOT, "%-18s %6d %9d %9d %11d %6d%n", c.source(), c.read(), c.accepted(),
                    c.rejected(), c.duplicates(), c.files()));
        }
        return out.toString();
    }
}
