package dev.mentorlens.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.SplittableRandom;

import static dev.mentorlens.sampledata.Days.LAST_DAY;
import static dev.mentorlens.sampledata.Days.NONE;

/** Employees as parallel primitive arrays (about 30 bytes each), plus their job history. */
final class Workforce {

    static final String[] DEPARTMENTS = {"Engineering", "Sales", "Operations", "Product", "Marketing", "Finance",
            "HR", "Legal", "Recherche & Développement"};
    private static final int[] DEPARTMENT_WEIGHTS = {25, 15, 12, 10, 9, 8, 6, 4, 11};
    static final String[] LOCATIONS = {"London", "Paris", "Berlin", "Zürich", "Lisbon", "São Paulo", "New York",
            "Remote"};
    static final ZoneId[] ZONES = {ZoneId.of("Europe/London"), ZoneId.of("Europe/Paris"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/Zurich"), ZoneId.of("Europe/Lisbon"),
            ZoneId.of("America/Sao_Paulo"), ZoneId.of("America/New_York"), ZoneId.of("UTC")};
    private static final int[] LOCATION_WEIGHTS = {22, 16, 14, 8, 10, 10, 12, 8};
    private static final int[] LEVEL_WEIGHTS = {18, 18, 15, 12, 10, 8, 6, 5, 3, 2, 2, 1};
    /** Hires per year 2016..2026: a growing company. */
    private static final int[] HIRE_YEAR_WEIGHTS = {5, 6, 7, 8, 8, 9, 10, 11, 12, 13, 11};
    static final int FIRST_HIRE_YEAR = 2016;
    static final int MAX_LEVEL = 12;
    private static final String[] GENDERS = {"woman", "man", "non-binary", ""};
    private static final int[] GENDER_WEIGHTS = {47, 48, 2, 3};
    static final String[] REASONS = {"", "voluntary", "involuntary", "other"};
    /** 12 % leave per year: S(1 year) = 0.88. */
    private static final double ATTRITION_PER_YEAR = -Math.log(0.88);

    static final byte HIRE = 0;
    static final byte PROMOTION = 1;
    static final byte TRANSFER = 2;
    static final byte DEMOTION = 3;
    static final byte TERMINATION = 4;
    static final String[] EVENTS = {"hire", "promotion", "transfer", "demotion", "termination"};

    final int n;
    final long seed;
    final int[] hire;
    final int[] term;
    final byte[] termReason;
    final byte[] department;
    final byte[] location;
    final byte[] hireLevel;
    final byte[] level;
    final int[] manager;
    /** Earliest mentee enrolment, NONE when never a mentee: mentees get promoted more often. */
    final int[] menteeSince;
    private final String idFormat;

    Workforce(int n, long seed) {
        this.n = n;
        this.seed = seed;
        this.idFormat = "E%0" + Math.max(5, String.valueOf(n + 1000L).length()) + "d";
        hire = new int[n];
        term = new int[n];
        termReason = new byte[n];
        department = new byte[n];
        location = new byte[n];
        hireLevel = new byte[n];
        level = new byte[n];
        manager = new int[n];
        menteeSince = new int[n];
        Arrays.fill(menteeSince, NONE);

        SplittableRandom r = Rand.of(seed, 1, 0, 0);
        for (int i = 0; i < n; i++) {
            int year = FIRST_HIRE_YEAR + Rand.weighted(r, HIRE_YEAR_WEIGHTS);
            int first = Days.of(year, 1, 1);
            int length = year == 2026 ? LAST_DAY - first + 1 : Days.of(year + 1, 1, 1) - first;
            hire[i] = first + r.nextInt(length);
        }
        // ids follow hire order, as an HR system would hand them out
        Arrays.sort(hire);
        for (int i = 0; i < n; i++) {
            SplittableRandom e = Rand.of(seed, 2, i, 0);
            department[i] = (byte) Rand.weighted(e, DEPARTMENT_WEIGHTS);
            location[i] = (byte) Rand.weighted(e, LOCATION_WEIGHTS);
            hireLevel[i] = (byte) (1 + Rand.weighted(e, LEVEL_WEIGHTS));
            double years = -Math.log(1 - e.nextDouble()) / ATTRITION_PER_YEAR;
            int leaves = hire[i] + Math.max(30, (int) (years * 365.25));
            term[i] = leaves <= LAST_DAY ? leaves : NONE;
            if (term[i] != NONE) {
                double u = e.nextDouble();
                termReason[i] = (byte) (u < 0.03 ? 0 : u < 0.66 ? 1 : u < 0.90 ? 2 : 3);
            }
            manager[i] = pickManager(i, e);
        }
    }

    private int pickManager(int i, SplittableRandom e) {
        if (i == 0) {
            return -1;
        }
        for (int attempt = 0; attempt < 16; attempt++) {
            int j = e.nextInt(i);
            boolean sameDepartment = department[j] == department[i] || attempt >= 10;
            if (sameDepartment && hireLevel[j] > hireLevel[i] && term[j] > hire[i]) {
                return j;
            }
        }
        return -1;
    }

    String id(int i) {
        return String.format(idFormat, i + 1);
    }

    /** An id that is never a valid employee, for the deliberate unknown-employee rows. */
    String unknownId(int k) {
        return id(n + 100 + k);
    }

    boolean employed(int i, int day) {
        return hire[i] <= day && day < term[i];
    }

    /** Rough level at a date, used before the job history exists to pick mentors and mentees. */
    int levelAround(int i, int day) {
        return Math.min(MAX_LEVEL, hireLevel[i] + Math.max(0, day - hire[i]) / 913);
    }

    ZoneId zone(int i) {
        return ZONES[location[i]];
    }

    interface EventSink {
        void event(int employee, int day, byte event, int level) throws IOException;
    }

    /** Replays employee i's career: the same events every call, for the same seed. */
    void career(int i, EventSink sink) throws IOException {
        SplittableRandom r = Rand.of(seed, 3, i, 0);
        int lvl = hireLevel[i];
        sink.event(i, hire[i], HIRE, lvl);
        int stop = Math.min(term[i], LAST_DAY + 1);
        for (int month = hire[i] + 30; month + 30 <= stop; month += 30) {
            double promotionsPerYear = lvl <= 4 ? 0.22 : lvl <= 8 ? 0.14 : 0.07;
            if (month >= menteeSince[i]) {
                promotionsPerYear *= 1.8;
            }
            double p = promotionsPerYear * 30 / 365.25;
            double u = r.nextDouble();
            int day = month + r.nextInt(30);
            if (u < p) {
                if (lvl < MAX_LEVEL) {
                    sink.event(i, day, PROMOTION, ++lvl);
                }
            } else if (u < p + 0.005) {
                sink.event(i, day, TRANSFER, lvl);
            } else if (u < p + 0.0058 && lvl > 2) {
                sink.event(i, day, DEMOTION, --lvl);
            }
        }
        if (term[i] != NONE) {
            sink.event(i, term[i], TERMINATION, lvl);
        }
    }

    /** Runs every career once to settle the current job_level written to employees.csv. */
    long settleLevels() throws IOException {
        long[] events = {0};
        for (int i = 0; i < n; i++) {
            career(i, (employee, day, event, lvl) -> {
                level[employee] = (byte) lvl;
                events[0]++;
            });
        }
        return events[0];
    }

    void writeEmployees(Path dir, Report report) throws IOException {
        String[] header = {"employee_id", "department", "location", "job_level", "hire_date", "termination_date",
                "termination_reason", "manager_id", "gender", "generation"};
        int budget = Report.budget(n);
        int repeatOf = n / 3;
        try (CsvSink out = CsvSink.open(dir, "employees.csv", false, false, header)) {
            for (int i = 0; i < n; i++) {
                out.write(row(i));
                if (budget >= 2 && i == (2 * n) / 3) {
                    String[] conflicting = row(repeatOf);
                    conflicting[1] = DEPARTMENTS[(department[repeatOf] + 1) % DEPARTMENTS.length];
                    report.bad(out, out.write(conflicting), "employees",
                            "conflicting key repeat (" + id(repeatOf) + " again, other department)");
                }
            }
            if (budget >= 1) {
                report.bad(out, out.write(id(n), "Sales", "Lisbon", "23", "2024-03-11", "", "", "", "man", "Millennials"),
                        "employees", "out-of-range value (job_level 23)");
            }
            if (budget >= 3) {
                report.bad(out, out.write(id(n + 1), "Finance", "Paris", "4", "2023-02-29", "", "", "", "woman", "Gen Z"),
                        "employees", "bad date (hire_date 2023-02-29)");
            }
            if (budget >= 4) {
                report.bad(out, out.write(id(n + 2), "Product", "Berlin", "6", "2019-05-06", "2025-04-30",
                        "retired", "", "", "Baby Boomers"), "employees",
                        "unknown enum value (termination_reason retired)");
            }
            report.file(out, "employees");
        }
    }

    private String[] row(int i) {
        return new String[] {id(i), DEPARTMENTS[department[i]], LOCATIONS[location[i]], Integer.toString(level[i]),
                Days.iso(hire[i]), Days.iso(term[i]), term[i] == NONE ? "" : REASONS[termReason[i]],
                manager[i] < 0 ? "" : id(manager[i]), gender(i), generation(i)};
    }

    /** An attribute column: about half women, half men, a few non-binary, a few who did not say. */
    private String gender(int i) {
        SplittableRandom r = Rand.of(seed, 20, i, 0);
        return GENDERS[Rand.weighted(r, GENDER_WEIGHTS)];
    }

    /** An attribute column from a birth year that fits the level at hire; a few unknown. */
    private String generation(int i) {
        SplittableRandom r = Rand.of(seed, 20, i, 1);
        if (Rand.chance(r, 0.03)) {
            return "";
        }
        int born = Days.date(hire[i]).getYear() - 21 - 2 * hireLevel[i] - r.nextInt(12);
        return born >= 1997 ? "Gen Z" : born >= 1981 ? "Millennials" : born >= 1965 ? "Gen X" : "Baby Boomers";
    }

    /** One file per calendar year, all open at once so every career is replayed only once more. */
    void writeJobHistory(Path dir, Report report, long events) throws IOException {
        int years = 2026 - FIRST_HIRE_YEAR + 1;
        CsvSink[] files = new CsvSink[years];
        try {
            for (int y = 0; y < years; y++) {
                files[y] = CsvSink.open(dir, "job_history-" + (FIRST_HIRE_YEAR + y) + ".csv", false, false,
                        "employee_id", "effective_date", "event", "job_level");
            }
            int budget = Report.budget(events);
            int middle = n / 2;
            for (int i = 0; i < n; i++) {
                career(i, (employee, day, event, lvl) -> files[Days.date(day).getYear() - FIRST_HIRE_YEAR]
                        .write(id(employee), Days.iso(day), EVENTS[event], Integer.toString(lvl)));
                if (i == middle) {
                    writeBadJobHistory(files, report, budget, i);
                }
            }
            for (CsvSink f : files) {
                report.file(f, "job_history");
            }
        } finally {
            for (CsvSink f : files) {
                if (f != null) {
                    f.close();
                }
            }
        }
    }

    private void writeBadJobHistory(CsvSink[] files, Report report, int budget, int i) throws IOException {
        String id = id(i);
        String lvl = Integer.toString(level[i]);
        if (budget >= 1) {
            CsvSink f = files[2019 - FIRST_HIRE_YEAR];
            report.bad(f, f.write(id, "2019-03-04", "transfer", lvl, "Sales"), "job_history",
                    "wrong number of fields (5 instead of 4)");
        }
        if (budget >= 2) {
            CsvSink f = files[2022 - FIRST_HIRE_YEAR];
            report.bad(f, f.write(id, "2022-05-16", "promoted", lvl), "job_history",
                    "unknown enum value (event promoted)");
        }
        if (budget >= 3) {
            CsvSink f = files[2024 - FIRST_HIRE_YEAR];
            report.bad(f, f.write(id, "2024-06-31", "promotion", lvl), "job_history",
                    "bad date (effective_date 2024-06-31)");
        }
        if (budget >= 4) {
            CsvSink f = files[2025 - FIRST_HIRE_YEAR];
            report.bad(f, f.write(unknownId(7), "2025-02-03", "hire", "2"), "job_history",
                    "unknown employee (" + unknownId(7) + ")");
        }
        if (budget >= 5) {
            CsvSink f = files[2023 - FIRST_HIRE_YEAR];
            report.bad(f, f.write(id, "2023-09-18", "promotion", "7.5"), "job_history",
                    "value does not parse (job_level 7.5)");
        }
    }
}
