package nianbao.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.model.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Truth labels: a {@code truth.jsonl} (one label per line, as {@code generate} writes it) or a folder of per-file
 * JSON labels (as {@code samples/truth/}: {@code NAME.json} labels the file {@code NAME.*}, or the file its
 * {@code file} key names).
 */
public final class Labels {
    private Labels() {
    }

    public static List<JsonNode> load(Path truth) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (Files.isDirectory(truth)) {
            try (Stream<Path> s = Files.list(truth)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                    out.add(read(Files.readString(p, StandardCharsets.UTF_8), p + ""));
                }
            }
        } else {
            try (BufferedReader r = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
                int n = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    n++;
                    if (!line.isBlank()) out.add(read(line, truth + ":" + n));
                }
            }
        }
        return out;
    }

    private static JsonNode read(String json, String where) {
        try {
            JsonNode n = Json.MAPPER.readTree(json);
            if (!n.isObject() || !n.hasNonNull("file")) throw new IllegalArgumentException(where + ": a label needs a \"file\" key");
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(where + ": not JSON: " + e.getMessage(), e);
        }
    }

    /** The noise kinds a label lists (none for hand labels). */
    public static List<String> noise(JsonNode label) {
        List<String> out = new ArrayList<>();
        JsonNode n = label.get("noise");
        if (n != null && n.isArray()) n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
