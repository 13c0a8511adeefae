package dev.mentorlens.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.mentorlens.ingest.InputFolder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which inputs each programme folder of a published period was computed from, as its manifest records
 * them. A run of one programme keeps the other programmes' folders; those computed from other inputs
 * than the current ones are stale and must be said to be.
 */
final class ProgrammeInputs {

    static final String STALE_REASON = "inputs changed since; rerun the period";

    /** Folders of a period folder that are not programmes. */
    private static final Set<String> NOT_PROGRAMMES = Set.of("ALL", "rejects");

    /**
     * @param inputsSha256 the fingerprint of the inputs the folder was computed from; null when unknown
     * @param jobExecutionId the run that computed it; null when unknown
     */
    record Computed(String programme, String inputsSha256, Long jobExecutionId) {

        boolean isFrom(String currentInputs) {
            return currentInputs.equals(inputsSha256);
        }
    }

    private ProgrammeInputs() {
    }

    /** One hash of every input file (source, name, sha256) in the order the plan step listed them. */
    static String fingerprint(List<InputFolder.InputFile> files) {
        return fingerprintOf(files.stream().map(f -> line(f.source().id(), f.name(), f.sha256())).toList());
    }

    private static String line(String source, String file, String sha256) {
        return source + '\t' + file + '\t' + sha256 + '\n';
    }

    private static String fingerprintOf(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256.", e);
        }
    }

    /**
     * The programme folders a run of {@code programme} keeps from the published {@code period} folder and
     * that were computed from other inputs than {@code currentInputs}; none for a run of every programme.
     */
    static List<Computed> stale(Path published, String programme, String currentInputs) {
        if (MonthlyParameters.ALL_PROGRAMMES.equals(programme)) {
            return List.of();
        }
        Map<String, Computed> recorded = recorded(published);
        return programmeFolders(published).stream().filter(name -> !name.equals(programme))
                .map(name -> recorded.getOrDefault(name, new Computed(name, null, null)))
                .filter(computed -> !computed.isFrom(currentInputs)).toList();
    }

    /** The names of {@link #stale} for the current input files. */
    static Set<String> staleNames(Path published, String programme, List<InputFolder.InputFile> currentInputs) {
        return stale(published, programme == null ? MonthlyParameters.ALL_PROGRAMMES : programme,
                fingerprint(currentInputs)).stream().map(Computed::programme)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * What the manifest of a published period folder says each programme was computed from: its
     * {@code programmes} list, or for a manifest written before that list existed, its inputs.
     */
    static Map<String, Computed> recorded(Path published) {
        Path manifest = published.resolve("manifest.json");
        Map<String, Computed> recorded = new LinkedHashMap<>();
        if (!Files.isRegularFile(manifest)) {
            return recorded;
        }
        JsonNode root = read(manifest);
        if (root.has("programmes")) {
            for (JsonNode entry : root.get("programmes")) {
                String name = entry.path("programme").asString();
                recorded.put(name, new Computed(name, textOrNull(entry.get("inputs_sha256")),
                        numberOrNull(entry.get("job_execution_id"))));
            }
            return recorded;
        }
        List<String> inputs = new ArrayList<>();
        for (JsonNode input : root.path("inputs")) {
            inputs.add(line(input.path("source").asString(), input.path("file").asString(),
                    input.path("sha256").asString()));
        }
        String fingerprint = inputs.isEmpty() ? null : fingerprintOf(inputs);
        Long run = numberOrNull(root.get("job_execution_id"));
        for (String name : programmeFolders(published)) {
            recorded.put(name, new Computed(name, fingerprint, run));
        }
        return recorded;
    }

    /** The programme folders of a period folder, sorted. */
    static List<String> programmeFolders(Path periodFolder) {
        if (!Files.isDirectory(periodFolder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(periodFolder)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !NOT_PROGRAMMES.contains(name)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + periodFolder + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode read(Path manifest) {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(manifest));
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read " + manifest + " (" + e.getMessage() + "); move the"
                    + " period folder away or rerun the whole period.", e);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static Long numberOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asLong();
    }
}
