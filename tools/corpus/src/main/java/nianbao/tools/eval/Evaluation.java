package nianbao.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.ReportParser;
import nianbao.tools.generate.CorpusWriter;
import nianbao.tools.generate.Generated;
import nianbao.tools.generate.Generator;
import nianbao.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Runs the parser over labelled files and fills a {@link Scoreboard}. */
public final class Evaluation {
    private Evaluation() {
    }

    /** Generates {@code count} reports into {@code dir} (files + truth.jsonl), parses each file back, scores it. */
    public static Scoreboard generated(Generator g, int count, Path dir) throws IOException {
        Scoreboard board = new Scoreboard();
        try (CorpusWriter w = new CorpusWriter(dir.toString(), Map.of())) {
            for (int i = 0; i < count; i++) {
                Generated doc = g.generate(i);
                w.write(doc);
                Path file = dir.resolve(doc.name());
                JsonNode truth = Json.MAPPER.readTree(doc.truthLine());
                board.score(truth, parse(file), doc.format(), doc.noise());
            }
        }
        return board;
    }

    /** Scores the files under {@code input} against labels; a label whose file is missing scores as all missed. */
    public static Scoreboard folder(List<JsonNode> labels, Path input) throws IOException {
        Map<String, Path> byName = new HashMap<>();
        try (Stream<Path> s = Files.walk(input)) {
            s.filter(Files::isRegularFile).forEach(p -> byName.putIfAbsent(p.getFileName().toString(), p));
        }
        Scoreboard board = new Scoreboard();
        for (JsonNode label : labels) {
            Path file = locate(label, input, byName);
            if (file == null) {
                System.err.println("nianbao eval: no file for label " + label.get("file").asText() + " under " + input);
                board.score(label, Json.MAPPER.createObjectNode(), "missing", Labels.noise(label));
                continue;
            }
            JsonNode got = parse(file);
            String format = label.hasNonNull("format") ? label.get("format").asText() : got.path("format").asText("unknown");
            board.score(label, got, format, Labels.noise(label));
        }
        return board;
    }

    private static Path locate(JsonNode label, Path input, Map<String, Path> byName) {
        if (label.hasNonNull("path")) {
            Path p = input.resolve(label.get("path").asText());
            if (Files.isRegularFile(p)) return p;
        }
        String file = label.get("file").asText();
        Path p = byName.get(file);
        if (p != null) return p;
        // a hand label NAME.json may name NAME.txt while the file is NAME.html: match on the stem
        String stem = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        for (Map.Entry<String, Path> e : byName.entrySet()) {
            if (e.getKey().startsWith(stem + ".") && !e.getKey().endsWith(".json")) return e.getValue();
        }
        return null;
    }

    private static JsonNode parse(Path file) {
        try {
            return Json.MAPPER.valueToTree(ReportParser.parse(file.toAbsolutePath().toString(), Files.readAllBytes(file)).report());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
