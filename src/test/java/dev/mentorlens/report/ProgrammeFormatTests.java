package dev.mentorlens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mentorlens.charts.FunnelStep;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words of At a glance and Summary follow the programme's format (programmes.csv). */
class ProgrammeFormatTests {

    @TempDir
    Path temp;

    @Test
    void aGroupProgrammeSpeaksOfGroupPlacesAndMembersNeverOfPairsOrMatchRate() throws Exception {
        List<String> texts = glanceAndSummary("group");

        assertThat(texts).contains("Placement rate", "Group places", "Quiet group places", "Active group places")
                .anyMatch(t -> t.startsWith("Placement rate 60%: 20 of 50 enrolled members have no place in a running"
                        + " group."))
                .anyMatch(t -> t.contains("20 enrolled members have no place in a running group (placement rate 60%,"
                        + " target ≥ 70%): place them in a group."))
                .anyMatch(t -> t.startsWith("4 group places have not met for two cadences"))
                .anyMatch(t -> t.contains("placement rate = members with a place in a running group / enrolled"
                        + " members; group place activity = running group places that met"));
        assertThat(texts).noneMatch(t -> t.contains("Match rate") || t.contains("match rate")
                || t.contains("Mentor–mentee pairs") || t.contains("running pairs") || t.contains("pairs have"));
    }

    @Test
    void theParticipationHeaderHasRoomForTheLongerWordsOfAGroupProgramme() throws Exception {
        glanceAndSummary("group");
        try (XSSFWorkbook book = new XSSFWorkbook(temp.resolve("group.xlsx").toFile())) {
            Sheet participation = book.getSheet("Participation");
            Row header = ProgrammeWorkbookTests.find(participation, "Active group places").getRow();
            assertThat(header.getHeightInPoints()).isGreaterThanOrEqualTo(44);
        }
    }

    @Test
    void aPeerProgrammeSpeaksOfPeerPairsAndItsPairingRate() throws Exception {
        List<String> texts = glanceAndSummary("peer");

        assertThat(texts).contains("Pairing rate", "Peer pairs", "Dormant peer pairs")
                .anyMatch(t -> t.startsWith("Pairing rate 60%: 20 of 50 enrolled peers to be coached have no running"
                        + " peer pair."))
                .anyMatch(t -> t.endsWith("pair them with a peer."))
                .anyMatch(t -> t.contains("of 25 running peer pairs met this month"));
        assertThat(texts).noneMatch(t -> t.contains("Match rate") || t.contains("Mentor–mentee"));
    }

    @Test
    void reverseMentoringLeadsItsOutcomesWithRetentionAndTakesNoStatusFromPromotingSeniors() throws Exception {
        List<String> reverse = glanceAndSummary("reverse");
        List<String> pairs = glanceAndSummary("one_to_one");

        assertThat(reverse).contains("Enrolled senior mentees", "Enrolled junior mentors",
                "Promotions of senior mentees vs baseline", GlanceSheet.PROMOTIONS_NOT_AN_AIM)
                .anyMatch(t -> t.startsWith("Too early to compare with colleagues never enrolled. Retention: ")
                        && t.contains("Promotions of the senior mentees (not an aim of reverse mentoring): promoted"
                                + " less often"));
        assertThat(reverse.indexOf("Retention after 12 months, junior mentors"))
                .isPositive().isLessThan(reverse.indexOf("Promotions of senior mentees vs baseline"));
        // promotions clearly below the baseline: an act for a one-to-one programme, no status for reverse mentoring
        assertThat(outcomesStatus(pairs)).isEqualTo("act");
        assertThat(outcomesStatus(reverse)).isEqualTo("too early");
    }

    @Test
    void aOneToOneProgrammeKeepsThePairWords() throws Exception {
        List<String> texts = glanceAndSummary("one_to_one");

        assertThat(texts).contains("Match rate", "Active matches", "Dormant pairs", "Mentor–mentee pairs running at"
                + " month end.").anyMatch(t -> t.startsWith("Match rate 60%: 20 of 50 enrolled mentees have no"
                        + " running match."));
    }

    @Test
    void theActivationFunnelOfAGroupProgrammeCountsMembersPlacedInAGroup() {
        ProgrammeData group = inFormat("group");

        assertThat(ReportCharts.activationSteps(group)).extracting(FunnelStep::label)
                .containsExactly("Enrolled members", "Placed in a group", "Met their group");
        assertThat(ReportCharts.activationSteps(inFormat("one_to_one"))).extracting(FunnelStep::label)
                .containsExactly("Enrolled mentees", "Matched", "Met their mentor");
    }

    private static ProgrammeData inFormat(String format) {
        ProgrammeData sample = ProgrammeSamples.programme(4);
        Details d = sample.details();
        Details details = new Details(d.name(), d.anonymityThreshold(), d.commentThreshold(), d.bridgesEstimated(),
                d.arms(), d.scores(), d.comments(), d.departmentTies(), format);
        return new ProgrammeData(sample.programmeId(), sample.name(), sample.period(), sample.anonymityThreshold(),
                sample.commentThreshold(), sample.figures(), sample.lastMonth(), sample.trend(), sample.dormantCount(),
                sample.dormantPairs(), sample.bridges(), details, sample.quality(), sample.rejectsFolder());
    }

    /**
     * The texts of At a glance and Summary, then the Participation sheet's captions and table header, in
     * reading order, of the sample programme in the given format.
     */
    private List<String> glanceAndSummary(String format) throws Exception {
        ProgrammeData data = inFormat(format);
        Map<String, Figure> all = data.figures().get("ALL");
        all.put("match_rate", new Figure(0.6, 50L, null, null, false));
        all.put("matched_mentees", new Figure(30.0, null, null, null, false));
        all.put("active_matches", new Figure(25.0, null, null, null, false));
        all.put("active_pairs", new Figure(10.0, null, null, null, false));
        all.put("pair_activity_rate", new Figure(0.4, 25L, null, null, false));
        all.put("promotion_rate_ratio", new Figure(0.3, 400L, 0.1, 0.8, false));
        Path file = temp.resolve(format + ".xlsx");
        ProgrammeWorkbook.write(ProgrammeWorkbookTests.TEMPLATES, data, List.of(), file);
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            Sheet participation = book.getSheet("Participation");
            int header = ProgrammeWorkbookTests.find(participation, "Month").getRowIndex();
            for (Sheet sheet : List.of(book.getSheet(GlanceSheet.NAME), book.getSheet("Summary"), participation)) {
                for (Row row : sheet) {
                    if (sheet == participation && row.getRowNum() > header) {
                        continue;
                    }
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return texts;
    }

    private static String outcomesStatus(List<String> texts) {
        return texts.get(texts.indexOf(Glance.OUTCOMES) + 1);
    }
}
