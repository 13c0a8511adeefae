package dev.mentorlens.partition;

import java.util.HashMap;
import java.util.Map;

/**
 * What travels to a worker: the release that made the partition, the worker step to run and the step
 * execution (the partition) in the shared job repository. Plain text, so that nothing is deserialised
 * into objects from the broker.
 */
record PartitionRequest(String release, String step, long stepExecutionId) {

    private static final String PREFIX = "mentorlens-partition";

    String text() {
        return PREFIX + " release=" + release + " step=" + step + " stepExecution=" + stepExecutionId;
    }

    static PartitionRequest parse(String text) {
        String[] words = text == null ? new String[0] : text.strip().split(" ");
        if (words.length != 4 || !words[0].equals(PREFIX)) {
            throw new IllegalArgumentException("Not a partition request: " + abbreviated(text));
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            int equals = words[i].indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("Not a partition request: " + abbreviated(text));
            }
            fields.put(words[i].substring(0, equals), words[i].substring(equals + 1));
        }
        try {
            return new PartitionRequest(required(fields, "release", text), required(fields, "step", text),
                    Long.parseLong(required(fields, "stepExecution", text)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a partition request: " + abbreviated(text));
        }
    }

    private static String required(Map<String, String> fields, String name, String text) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Not a partition request: " + abbreviated(text));
        }
        return value;
    }

    private static String abbreviated(String text) {
        return text == null ? "(empty)" : text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
