package nianbao.tools.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import nianbao.model.Report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Field-level accuracy of parser output against truth. The headline score F counts every (file, key) pair over
 * {@link #SCORED_KEYS}: the {@link Report#HEADLINE_KEYS} plus {@code template} and {@code report_year}. Every cell of
 * {@code full} is scored separately (the union of the cells in truth and output, so an output cell where the truth
 * has none is invented). Slices: per key, per format, per noise kind ("none" for clean files).
 */
public final class Scoreboard {
    public static final List<String> SCORED_KEYS;

    static {
        List<String> k = new ArrayList<>(Report.HEADLINE_KEYS);
        k.add("template");
        k.add("report_year");
        SCORED_KEYS = List.copyOf(k);
    }

    private final Tally headline = new Tally();
    private final Map<String, Tally> byKey = new LinkedHashMap<>();
    private final Map<String, Tally> byFormat = new TreeMap<>();
    private final Map<String, Tally> byNoise = new TreeMap<>();
    private final Tally full = new Tally();
    private final Map<String, Tally> fullBySection = new TreeMap<>();
    private final Map<String, Tally> fullByFormat = new TreeMap<>();
    private final Map<String, Tally> fullByNoise = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();
    private final List<String> cellInvented = new ArrayList<>();
    private final List<String> cellExamples = new ArrayList<>();
    private int files;

    /** At most this many invented cells are listed, and this many other cell differences. */
    static final int MAX_INVENTED_CELLS = 100, MAX_CELL_EXAMPLES = 20;

    public Scoreboard() {
        for (String k : SCORED_KEYS) byKey.put(k, new Tally());
    }

    /**
     * Scores one file.
     *
     * @param truth  the truth (contract JSON; extra keys such as {@code noise} or {@code notes} are ignored)
     * @param got    the parser's output as contract JSON
     * @param format the file's format
     * @param noise  the noise kinds applied (empty for a clean file)
     */
    public void score(JsonNode truth, JsonNode got, String format, List<String> noise) {
        files++;
        List<String> slices = noise.isEmpty() ? List.of("none") : noise;
        for (String k : SCORED_KEYS) {
            Verdict o = Verdict.of(truth.get(k), got.get(k));
            headline.add(o);
            byKey.get(k).add(o);
            byFormat.computeIfAbsent(format, x -> new Tally()).add(o);
            for (String n : slices) byNoise.computeIfAbsent(n, x -> new Tally()).add(o);
            if (o != Verdict.EXACT && examples.size() < 20) {
                examples.add(String.format("  %s %s: truth %s, output %s (%s)", text(truth.get("file")), k,
                        text(truth.get(k)), text(got.get(k)), o.name().toLowerCase()));
            }
        }
        Map<String, JsonNode> t = leaves(truth.get("full")), g = leaves(got.get("full"));
        Set<String> paths = new LinkedHashSet<>(t.keySet());
        paths.addAll(g.keySet());
        for (String p : paths) {
            Verdict o = Verdict.of(t.getOrDefault(p, MissingNode.getInstance()), g.getOrDefault(p, MissingNode.getInstance()));
            full.add(o);
            fullBySection.computeIfAbsent(p.substring(0, p.indexOf('.') < 0 ? p.length() : p.indexOf('.')), x -> new Tally()).add(o);
            fullByFormat.computeIfAbsent(format, x -> new Tally()).add(o);
            for (String n : slices) fullByNoise.computeIfAbsent(n, x -> new Tally()).add(o);
            if (o == Verdict.EXACT) continue;
            // every invented cell is listed (the worst error, and rare); of the others only the first few
            List<String> into = o == Verdict.INVENTED ? cellInvented : cellExamples;
            if (into.size() < (o == Verdict.INVENTED ? MAX_INVENTED_CELLS : MAX_CELL_EXAMPLES)) {
                into.add(String.format("  %s %s: truth %s, output %s (%s)%s", text(truth.get("file")), p,
                        text(t.get(p)), text(g.get(p)), o.name().toLowerCase(), noise.isEmpty() ? "" : " noise " + noise));
            }
        }
    }

    private static String text(JsonNode n) {
        return Verdict.present(n) ? n.toString() : "null";
    }

    /** The leaves of a {@code full} object by dotted path (section3.new.6); an absent section has none. */
    static Map<String, JsonNode> leaves(JsonNode full) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (Verdict.present(full)) walk(full, "", out);
        return out;
    }

    private static void walk(JsonNode n, String path, Map<String, JsonNode> out) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) walk(n.get(i), path + "." + i, out);
        } else {
            out.put(path, n);
        }
    }

    public Tally headline() {
        return headline;
    }

    public Tally full() {
        return full;
    }

    public int files() {
        return files;
    }

    public void print(PrintStream out) {
        out.printf("headline fields: %d files x %d keys (the %d HEADLINE_KEYS + template + report_year)%n", files,
                SCORED_KEYS.size(), Report.HEADLINE_KEYS.size());
        out.println(Tally.header("by key"));
        byKey.forEach((k, t) -> out.println(t.row(k)));
        out.println(Tally.header("by format"));
        byFormat.forEach((k, t) -> out.println(t.row(k)));
        out.println(Tally.header("by noise kind (a file counts under each kind it has)"));
        byNoise.forEach((k, t) -> out.println(t.row(k)));
        out.println("every cell of full (union of truth and output cells):");
        out.println(Tally.header("by section"));
        fullBySection.forEach((k, t) -> out.println(t.row(k)));
        out.println(Tally.header("by format"));
        fullByFormat.forEach((k, t) -> out.println(t.row(k)));
        out.println(Tally.header("by noise kind"));
        fullByNoise.forEach((k, t) -> out.println(t.row(k)));
        out.println(full.row("all cells of full"));
        if (!examples.isEmpty()) {
            out.println("first differences:");
            examples.forEach(out::println);
        }
        if (!cellInvented.isEmpty()) {
            out.println("invented cells" + (cellInvented.size() == MAX_INVENTED_CELLS ? " (first " + MAX_INVENTED_CELLS + ")" : "") + ":");
            cellInvented.forEach(out::println);
        }
        if (!cellExamples.isEmpty()) {
            out.println("first cell differences (missed or wrong):");
            cellExamples.forEach(out::println);
        }
        out.println(lastLine());
    }

    /** {@code fields F exact E invented I missed M wrong W accuracy A} over the headline keys. */
    public String lastLine() {
        return String.format(java.util.Locale.ROOT, "fields %d exact %d invented %d missed %d wrong %d accuracy %.4f", headline.total(),
                headline.get(Verdict.EXACT), headline.get(Verdict.INVENTED), headline.get(Verdict.MISSED),
                headline.get(Verdict.WRONG), headline.accuracy());
    }
}
