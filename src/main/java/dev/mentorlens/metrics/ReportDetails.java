package dev.mentorlens.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.mentorlens.network.Bridge;
import dev.mentorlens.network.MentoringNetwork;
import dev.mentorlens.stats.KaplanMeier;
import dev.mentorlens.stats.PoissonRate;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the workbooks show beyond the stored metrics: Kaplan–Meier curves, the satisfaction score
 * distribution per role, the comments that may be shown and the department ties of the network.
 * Suppression is already applied: a suppressed role carries no counts, and only the comments of
 * groups that pass the comment rules are returned.
 */
public final class ReportDetails {

    private final JdbcTemplate jdbc;
    private final MetricsSettings settings;
    private MetricsEngine engine;

    public ReportDetails(JdbcTemplate jdbc, MetricsSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** A Kaplan–Meier curve: steps (day, survival) and the longest follow-up in days. */
    public record SurvivalArm(String arm, int subjects, List<KaplanMeier.Step> steps, int followUpDays) {
    }

    /** Answers 1..5 of one role; {@code counts} is empty when the role's values are suppressed. */
    public record RoleScores(String role, int respondents, List<Integer> counts, boolean suppressed) {
    }

    public record Comment(String cohort, String text) {
    }

    public record DepartmentTies(String departmentA, String departmentB, int ties) {
    }

    public record Programme(List<SurvivalArm> survival, List<PromotionRate> promotions, List<RoleScores> scores,
            List<Comment> comments, List<DepartmentTies> departmentTies, boolean bridgesEstimated) {
    }

    /** Promotions per 100 person-years of one arm with its exact Poisson 95% interval (empty without follow-up). */
    public record PromotionRate(String arm, PoissonRate rate) {
    }

    public Programme programme(String programmeId) {
        ProgrammeReport report = engine().programme(programmeId);
        LocalDate d = settings.lastDay();
        ProgressionMetrics.Arms arms = ProgressionMetrics.arms(report.programme().enrolmentsOf(Groups.ALL), d,
                engine.workforce(), engine.enrolledByD());
        List<FollowUp> mentees = arms.mentees();
        List<FollowUp> baseline = arms.baseline();
        List<SurvivalArm> survival = List.of(arm("Mentees", mentees), arm("Baseline", baseline));
        List<PromotionRate> promotions = List.of(promotions("Mentees", mentees),
                promotions("Baseline", baseline));

        List<RoleScores> scores = new ArrayList<>();
        for (String role : List.of(Enrolment.MENTOR, Enrolment.MENTEE)) {
            scores.add(scores(report, role));
        }
        List<Comment> comments = report.comments().stream().map(c -> new Comment(c.cohort(), c.text())).toList();
        boolean estimated = report.bridges().stream().anyMatch(Bridge::estimated);
        return new Programme(survival, promotions, scores, comments, departmentTies(programmeId), estimated);
    }

    public record Organisation(List<DepartmentTies> departmentTies, boolean bridgesEstimated) {
    }

    /** The organisation-wide network (every programme): department ties, and whether bridges were sampled. */
    public Organisation organisation() {
        boolean estimated = engine().organisation().bridges().stream().anyMatch(Bridge::estimated);
        return new Organisation(departmentTies(null), estimated);
    }

    private MetricsEngine engine() {
        if (engine == null) {
            engine = new MetricsEngine(new MetricsRepository(jdbc), settings);
        }
        return engine;
    }

    private static PromotionRate promotions(String name, List<FollowUp> people) {
        return new PromotionRate(name, PoissonRate.of(FollowUp.promotions(people), FollowUp.personYears(people)));
    }

    private static SurvivalArm arm(String name, List<FollowUp> people) {
        KaplanMeier km = KaplanMeier.estimate(FollowUp.times(people));
        int longest = (int) km.longestTime().orElse(0);
        return new SurvivalArm(name, people.size(), km.steps(), longest);
    }

    /** Counts per score of the role's latest answers in the programme; none when the role's mean is hidden. */
    private static RoleScores scores(ProgrammeReport report, String role) {
        String metric = role.equals(Enrolment.MENTOR) ? MetricNames.SATISFACTION_MEAN_MENTOR
                : MetricNames.SATISFACTION_MEAN_MENTEE;
        boolean suppressed = report.rowsOf(Groups.ALL).stream()
                .anyMatch(r -> r.metric().equals(metric) && r.suppressed());
        List<Response> answers = report.responses().stream().map(LatestResponses.AttributedResponse::response)
                .filter(r -> r.role().equals(role)).toList();
        if (suppressed) {
            return new RoleScores(role, answers.size(), List.of(), true);
        }
        Integer[] counts = {0, 0, 0, 0, 0};
        answers.forEach(r -> counts[r.satisfaction() - 1]++);
        return new RoleScores(role, answers.size(), List.of(counts), false);
    }

    private List<DepartmentTies> departmentTies(String programmeId) {
        Map<String, String> departments = engine().workforce().departments();
        MentoringNetwork network = MentoringNetwork.withDepartments(departments);
        MetricsRepository repository = new MetricsRepository(jdbc);
        repository.matchTies(programmeId, settings.lastDay(), network::addTie);
        repository.heldSessionAttendees(programmeId, settings.lastDay(), network::addGroup);
        Graph<String, DefaultEdge> graph = network.graph();
        Map<String, Integer> counts = new TreeMap<>();
        for (DefaultEdge tie : graph.edgeSet()) {
            String a = departments.getOrDefault(graph.getEdgeSource(tie), "unknown");
            String b = departments.getOrDefault(graph.getEdgeTarget(tie), "unknown");
            String key = a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
            counts.merge(key, 1, Integer::sum);
        }
        List<DepartmentTies> ties = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] pair = key.split("\u0000");
            ties.add(new DepartmentTies(pair[0], pair[1], n));
        });
        return ties;
    }
}
