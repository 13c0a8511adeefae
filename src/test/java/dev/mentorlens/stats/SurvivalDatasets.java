package dev.mentorlens.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the R survival data sets kept in {@code ../shared/datasets/survival} (plain CSV, no
 * quoting, header row) as {@link TimeToEvent} lists.
 */
final class SurvivalDatasets {

	private static final Path DIRECTORY = dev.mentorlens.support.SharedData.resolve("datasets", "survival");

	private SurvivalDatasets() {
	}

	/** lung: status 2 = dead, 1 = censored; {@code sex} 1 = male, 2 = female, null = everyone. */
	static List<TimeToEvent> lung(String sex) {
		return read("cancer.csv", "time", "status", "2", "sex", sex);
	}

	/** aml: cens 1 = event; {@code group} 1 = maintained, 2 = not maintained. */
	static List<TimeToEvent> aml(String group) {
		return read("aml.csv", "time", "cens", "1", "group", group);
	}

	private static List<TimeToEvent> read(String file, String timeColumn, String statusColumn,
			String eventValue, String groupColumn, String group) {
		Path path = DIRECTORY.resolve(file);
		if (!Files.isReadable(path)) {
			throw new IllegalStateException("Reference data set " + path.toAbsolutePath().normalize()
					+ " not found; run the tests from the project directory, a sibling of /work/shared");
		}
		try {
			List<String> lines = Files.readAllLines(path);
			List<String> header = Arrays.asList(lines.get(0).replace("\"", "").split(","));
			int time = column(header, timeColumn, path);
			int status = column(header, statusColumn, path);
			int groupIndex = column(header, groupColumn, path);
			Predicate<String[]> inGroup = (fields) -> group == null || fields[groupIndex].equals(group);
			List<TimeToEvent> subjects = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				String[] fields = line.split(",", -1);
				if (!line.isBlank() && inGroup.test(fields)) {
					subjects.add(new TimeToEvent(Double.parseDouble(fields[time]), fields[status].equals(eventValue)));
				}
			}
			return subjects;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + path.toAbsolutePath().normalize(), ex);
		}
	}

	private static int column(List<String> header, String name, Path path) {
		int index = header.indexOf(name);
		if (index < 0) {
			throw new IllegalStateException("Column " + name + " not found in " + path + ", expected one of " + header);
		}
		return index;
	}

}
