package dev.mentorlens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a programme's format (programmes.csv {@code format}) changes the words of its workbook. A match is
 * a mentor–mentee pair in one-to-one, flash and virtual programmes, a member's place in a group led by a
 * mentor in a group programme, and a pair of colleagues coaching each other in peer coaching; in reverse
 * mentoring junior colleagues mentor senior ones, whose promotion is not what the programme aims at.
 */
enum ProgrammeFormat {

    PAIRS("pair", "pairs", "mentees", "a running match", "find them a mentor", Map.of()),

    GROUP("group place", "group places", "members", "a place in a running group", "place them in a group", Map.of(
            "enrolled_mentors", new Words("Enrolled group mentors", "People enrolled to lead a group at month end."),
            "enrolled_mentees", new Words("Enrolled members", "People enrolled as group members at month end."),
            "active_matches", new Words("Group places", "Members' places in a running group at month end."),
            "matched_mentees", new Words("Placed members", "Members with a place in a running group."),
            "match_rate", new Words("Placement rate", "Share of enrolled members with a place in a group."),
            "active_pairs", new Words("Active group places", "Group places whose member met this month."),
            "pair_activity_rate", new Words("Group place activity", "Share of group places whose member met."),
            "dormant_pairs", new Words("Quiet group places", "Group places with no session for two cadences."))),

    PEER("peer pair", "peer pairs", "peers to be coached", "a running peer pair", "pair them with a peer", Map.of(
            "enrolled_mentors", new Words("Peers coaching", "People enrolled to coach a peer at month end."),
            "enrolled_mentees", new Words("Peers coached", "People enrolled to be coached by a peer at month end."),
            "active_matches", new Words("Peer pairs", "Peer pairs running at month end."),
            "matched_mentees", new Words("Peers with a partner", "Peers to be coached who have a running pair."),
            "match_rate", new Words("Pairing rate", "Share of peers to be coached who have a partner."),
            "active_pairs", new Words("Active peer pairs", "Peer pairs that met this month."),
            "pair_activity_rate", new Words("Peer pair activity", "Share of running peer pairs that met."),
            "dormant_pairs", new Words("Dormant peer pairs", "Peer pairs that have gone quiet."))),

    REVERSE("pair", "pairs", "senior mentees", "a running match", "find them a junior mentor", Map.of(
            "enrolled_mentors", new Words("Enrolled junior mentors",
                    "Junior colleagues enrolled to mentor a senior one at month end."),
            "enrolled_mentees", new Words("Enrolled senior mentees",
                    "Senior colleagues enrolled to learn from a junior one at month end."),
            "matched_mentees", new Words("Matched senior mentees", "Senior mentees who have a running match."),
            "match_rate", new Words("Match rate", "Share of enrolled senior mentees who have a junior mentor."),
            "retention_12m_mentors", new Words("Retention after 12 months, junior mentors",
                    "Share of the junior mentors still employed a year after enrolling: whom reverse mentoring"
                            + " aims to keep."),
            "promotion_rate_ratio", new Words("Promotion rate ratio, senior mentees",
                    "Promotions of the senior mentees against colleagues never enrolled: not an aim of reverse"
                            + " mentoring, shown for completeness.")));

    /** A label and a meaning that replace a measure's own. */
    record Words(String label, String meaning) {
    }

    private final String unit;
    private final String units;
    private final String people;
    private final String placed;
    private final String unplacedAction;
    private final Map<String, Words> words;

    ProgrammeFormat(String unit, String units, String people, String placed, String unplacedAction,
            Map<String, Words> words) {
        this.unit = unit;
        this.units = units;
        this.people = people;
        this.placed = placed;
        this.unplacedAction = unplacedAction;
        this.words = words;
    }

    /** The wording of a programme's format as stored; one-to-one wording for pair formats and unknown ones. */
    static ProgrammeFormat of(String format) {
        if (format == null) {
            return PAIRS;
        }
        return switch (format) {
            case "group" -> GROUP;
            case "peer" -> PEER;
            case "reverse" -> REVERSE;
            default -> PAIRS;
        };
    }

    /** A measure in this format's words. */
    Measure measure(String metric) {
        Measure measure = Measure.of(metric);
        Words own = words.get(metric);
        return own == null ? measure : new Measure(metric, own.label(), measure.fmt(), own.meaning());
    }

    /** A matched unit, with its article-free count form: "pair" or "pairs", "group place" or "group places". */
    String units(long count) {
        return count == 1 ? unit : units;
    }

    /** The people a match serves: "mentees", "members", "peers to be coached", "senior mentees". */
    String people() {
        return people;
    }

    /** What a served person has: "a running match", "a place in a running group". */
    String placed() {
        return placed;
    }

    /** The Participation sheet's line on how its rates are computed, in this format's words. */
    String ratesCaption() {
        Measure rate = measure("match_rate");
        Measure activity = measure("pair_activity_rate");
        return "One row per month, for the whole programme. Rates are shares: " + rate.label().toLowerCase()
                + " = " + people + " with " + placed + " / enrolled " + people + "; "
                + activity.label().toLowerCase() + " = running " + units + " that met / running " + units + ".";
    }

    /** The activation funnel's steps: enrolled, matched, met. */
    List<String> funnelSteps() {
        return switch (this) {
            case PAIRS -> List.of("Enrolled mentees", "Matched", "Met their mentor");
            case GROUP -> List.of("Enrolled members", "Placed in a group", "Met their group");
            case PEER -> List.of("Enrolled peers to be coached", "Paired with a peer", "Met their peer");
            case REVERSE -> List.of("Enrolled senior mentees", "Matched", "Met their junior mentor");
        };
    }

    String unplacedAction() {
        return unplacedAction;
    }

    /** Whether the promotion of mentees is an aim of the format (not of reverse mentoring). */
    boolean promotionIsAnAim() {
        return this != REVERSE;
    }

    /**
     * The Summary's measures in the order this format reads them: in reverse mentoring the junior mentors'
     * retention leads the outcomes and the promotion of the senior mentees comes last.
     */
    List<String> keyMetrics(List<String> metrics) {
        if (this != REVERSE) {
            return metrics;
        }
        List<String> ordered = new ArrayList<>(metrics);
        int ratio = ordered.indexOf(SummarySheet.RATIO);
        ordered.remove(SummarySheet.RATIO);
        ordered.add(Math.max(0, ratio), "retention_12m_mentors");
        int baseline = ordered.indexOf("retention_12m_baseline");
        ordered.add(baseline < 0 ? ordered.size() : baseline + 1, SummarySheet.RATIO);
        return ordered;
    }
}
