package dev.mentorlens.charts;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Realistic inputs for every chart. */
final class ChartSamples {

	private ChartSamples() {
	}

	static List<MonthlyParticipation> participation() {
		int[] sessions = { 42, 51, 38, 60, 66, 71, 58, 49, 73, 80, 77, 84 };
		List<MonthlyParticipation> months = new ArrayList<>();
		for (int i = 0; i < sessions.length; i++) {
			months.add(new MonthlyParticipation(YearMonth.of(2025, 11).plusMonths(i), sessions[i], sessions[i] * 0.9 + i));
		}
		return months;
	}

	static List<RoleDistribution> satisfactionWithSuppressedMentors() {
		return List.of(RoleDistribution.suppressed("Mentors", 3, 5),
				RoleDistribution.shown("Mentees", 24, List.of(0.04, 0.08, 0.21, 0.42, 0.25)),
				RoleDistribution.shown("All", 27, List.of(0.04, 0.07, 0.22, 0.41, 0.26)));
	}

	static List<SurvivalCurve> retention() {
		return List.of(
				new SurvivalCurve("Mentees", 120, List.of(new SurvivalStep(40, 0.99), new SurvivalStep(95, 0.975),
						new SurvivalStep(160, 0.96), new SurvivalStep(240, 0.94), new SurvivalStep(330, 0.925),
						new SurvivalStep(410, 0.91), new SurvivalStep(520, 0.88)), 610),
				new SurvivalCurve("Baseline", 860, List.of(new SurvivalStep(20, 0.985), new SurvivalStep(70, 0.96),
						new SurvivalStep(130, 0.93), new SurvivalStep(200, 0.9), new SurvivalStep(290, 0.87),
						new SurvivalStep(380, 0.84), new SurvivalStep(470, 0.8), new SurvivalStep(560, 0.77)), 640),
				new SurvivalCurve("Mentors", 64, List.of(new SurvivalStep(150, 0.98), new SurvivalStep(300, 0.96),
						new SurvivalStep(450, 0.93)), 580));
	}

	static List<RateWithInterval> promotions() {
		return List.of(RateWithInterval.of("Mentees", 8.4, 6.1, 11.5), RateWithInterval.of("Baseline", 5.2, 4.6, 5.9),
				RateWithInterval.noData("Mentors"));
	}

	static List<DepartmentTie> ties() {
		String[] departments = { "Sales", "Engineering", "Finance", "People", "Operations", "Marketing", "Legal" };
		List<DepartmentTie> ties = new ArrayList<>();
		for (int a = 0; a < departments.length; a++) {
			for (int b = a; b < departments.length; b++) {
				ties.add(new DepartmentTie(departments[a], departments[b], (a * 7 + b * 3) % 17 + (a == b ? 9 : 1)));
			}
		}
		return ties;
	}

	static List<ProgrammeValue> programmeRates() {
		return List.of(ProgrammeValue.of("Women in Tech", 0.82), ProgrammeValue.of("New Managers", 0.64),
				ProgrammeValue.suppressed("Reverse mentoring", 5), ProgrammeValue.of("Graduate buddies", 0.91),
				ProgrammeValue.noData("Flash mentoring"));
	}

	static List<PairStates> pairStates() {
		return List.of(PairStates.of("Whole programme", 10, 0, 2, 4), PairStates.of("2025-autumn", 1, 0, 0, 3),
				PairStates.of("2026-spring", 9, 0, 2, 1), PairStates.unknown("tiny", "no data"));
	}

	static List<FunnelStep> funnel() {
		return List.of(new FunnelStep("Mentees", 40), new FunnelStep("Matched", 38), new FunnelStep("Met", 36));
	}

}
