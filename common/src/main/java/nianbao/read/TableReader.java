package nianbao.read;

import nianbao.extract.Page;
import nianbao.form.Form;
import nianbao.form.Forms;
import nianbao.form.Label;
import nianbao.model.Flags;
import nianbao.model.Full;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the three tables of a form out of a page's cell stream. Rows are found by their labels, in form order (a row
 * whose label is lost is found from its neighbours and the cell counts); values are the cells that follow a label;
 * section 三 and 四 go through the {@link Deducer}. One instance per document; not thread-safe.
 */
public final class TableReader {
    private final CellIndex cells;
    private final List<Token> tokens;
    private final String[] keys;
    private final Deadline deadline;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private final RowFitter fitter;
    private String headerUnit;
    private String valueUnit;

    private TableReader(List<Token> tokens, Deadline deadline) {
        this.cells = new CellIndex(tokens, deadline);
        this.tokens = tokens;
        this.keys = cells.keys;
        this.deadline = deadline;
        this.fitter = new RowFitter(cells, flags);
    }

    /**
     * @param form      the detected form, or null when unknown
     * @param newFamily true when the new 条例's tables are present although the form is unknown: sections 三 and 四
     *                  (identical on both forms apart from （六）) are then read with the 2019 rows
     */
    public static Tables read(Page page, Form form, boolean newFamily, Deadline deadline) {
        TableReader r = new TableReader(CellStream.of(page), deadline);
        if (form != null && form.section3() == null) return OldFormReader.read(r.cells, form);
        if (form == null && !newFamily) {
            return new Tables(null, Map.of(), Set.of(), null, null, Map.of());
        }
        Form f = form == null ? Forms.F2019 : form;
        return r.readSections(f, form != null);
    }

    private Tables readSections(Form f, boolean withSection2) {
        int n = tokens.size();
        int s2 = withSection2 ? cells.find(0, n, f.section2().start()) : -1;
        int s3 = cells.find(s2 + 1, n, f.section3().start());
        if (s3 < 0) s3 = cells.findItem(s2 + 1, n, f.section3().rows().get(0));
        int s4 = cells.find(Math.max(s2, s3) + 1, n, f.section4().start());
        int sEnd = cells.find(Math.max(Math.max(s2, s3), s4) + 1, n, f.end());
        int tail = sEnd >= 0 ? sEnd : n;

        boolean incomplete = false;
        Map<String, Map<String, Object>> section2 = null;
        if (withSection2) {
            int end2 = firstOf(s3, s4, tail);
            int[] anchors = cells.anchors(Math.max(s2, 0), end2, f.section2().items());
            boolean any = s2 >= 0 || Arrays.stream(anchors).anyMatch(a -> a >= 0);
            if (any) {
                section2 = readSection2(f.section2(), anchors, end2);
                incomplete |= tailMissing(anchors);
            } else {
                incomplete = true;
            }
        }
        Map<String, List<Long>> section3 = null;
        if (s3 >= 0) {
            int end3 = firstOf(s4, tail, tail);
            int[] anchors = cells.anchors(s3, end3, f.section3().rows());
            section3 = readSection3(f.section3(), s3, anchors, end3);
            incomplete |= tailMissing(anchors);
        } else {
            incomplete = true;
        }
        Map<String, List<Long>> section4 = null;
        if (s4 >= 0) {
            section4 = readSection4(f.section4(), s4, tail);
            incomplete |= section4 == null;
            if (section4 == null) section4 = emptySection4(f.section4());
        } else {
            incomplete = true;
        }
        if (incomplete && sEnd < 0) flags.add(Flags.TRUNCATED);
        if (s3 < 0 && sEnd >= 0) flags.add(Flags.NO_APPLICATIONS_TABLE);
        return new Tables(new Full(section2, section3, section4), sources, flags, headerUnit, valueUnit, Map.of());
    }

    // ---------------------------------------------------------------- section 二

    private Map<String, Map<String, Object>> readSection2(Form.Section2 def, int[] anchors, int end) {
        List<Form.Item> items = def.items();
        int[] widths = items.stream().mapToInt(i -> i.columns().size()).toArray();
        int[][] headers = new int[items.size()][];
        for (int i = 0; i < items.size(); i++) headers[i] = cells.itemHeader(anchors, i, widths[i]);
        Runs.Fitted[] fitted = fitter.fit(items, def.extra(), anchors, widths, end, headers, -1);
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Form.Item item = items.get(i);
            Map<String, Object> cols = new LinkedHashMap<>();
            Runs.Fitted fit = fitted[i];
            if (fit.fit() == Runs.Fit.SHORT || fit.fit() == Runs.Fit.TOO_MANY) flags.add(Flags.CELLS_UNPLACED);
            for (int c = 0; c < item.columns().size(); c++) {
                Form.Column col = item.columns().get(c);
                Object v = null;
                if (fit.fit() == Runs.Fit.DIRECT) {
                    Token t = fit.cells().get(c);
                    v = typed(t, col.kind());
                    if (v != null || t.kind() != Token.Kind.EMPTY) sources.put("section2." + item.key() + "." + col.key(), Source.of(t));
                    if ("raw".equals(col.kind()) && t.unit() != null) valueUnit = unitName(t.unit());
                }
                cols.put(col.key(), v);
            }
            out.put(item.key(), cols);
            if ("procurement".equals(item.key()) && anchors[i] >= 0) headerUnit = headerUnit(anchors, i);
        }
        return out;
    }

    private static Object typed(Token t, String kind) {
        if (t.number() == null) return null;
        BigDecimal v = t.number();
        return switch (kind) {
            case "raw" -> t.raw();
            case "decimal" -> v;
            case "signed" -> longOf(v);
            default -> longOf(v);
        };
    }

    private static Long longOf(BigDecimal v) {
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            return null; // 1.5 applications: not a count
        }
    }

    /** Where {@link Tables#sources()} keeps the header cell that states the procurement amount's unit. */
    public static final String UNIT_PATH = "section2.procurement.unit";

    /** The unit in the procurement header cells (「采购总金额（单位：万元，保留4位小数）」), between the previous row and
     * the procurement row. */
    private String headerUnit(int[] anchors, int i) {
        int from = 0;
        for (int k = i - 1; k >= 0; k--) if (anchors[k] >= 0) { from = anchors[k] + 1; break; }
        for (int t = anchors[i] - 1; t >= from; t--) {
            Token tok = tokens.get(t);
            if (!tok.isText()) continue;
            String s = Label.key(tok.raw());
            boolean header = s.contains("金额") || s.contains("单位");
            if (!header) continue;
            String unit = null;
            if (s.contains("亿元")) unit = "亿元";
            else if (s.contains("万元")) unit = "万元";
            else if (s.contains("(元)") || s.contains("单位:元") || s.contains("单位:人民币元") || s.contains("(元,")
                    || s.contains("金额元")) unit = "元";
            if (unit != null) {
                sources.put(UNIT_PATH, Source.of(tok)); // for --explain: the header cell that states the unit
                return unit;
            }
        }
        return null;
    }

    private static String unitName(String unit) {
        return switch (unit) {
            case "元", "万元", "亿元" -> unit;
            case "万" -> "万元";
            default -> null;
        };
    }

    // ---------------------------------------------------------------- section 三

    private Map<String, List<Long>> readSection3(Form.Section3 def, int start, int[] anchors, int end) {
        List<Form.Item> rows = def.rows();
        int width = def.columns().size();
        int[] widths = new int[rows.size()];
        Arrays.fill(widths, width);
        int first = CellIndex.firstAnchor(anchors, end);
        int[] header = cells.headerColumns(def.header(), start, first);
        int[][] headers = new int[rows.size()][];
        Arrays.fill(headers, header);
        Runs.Fitted[] fitted = fitter.fit(rows, List.of(), anchors, widths, end, headers,
                cells.afterHeader(def.header(), start, first));

        List<Deducer.Equation> eqs = new ArrayList<>();
        int total = def.indexOf("total");
        int[] parts = def.results().stream().mapToInt(def::indexOf).toArray();
        for (int r = 0; r < rows.size(); r++) {
            int[] applicants = new int[width - 1];
            for (int c = 0; c < width - 1; c++) applicants[c] = r * width + c;
            eqs.add(new Deducer.Equation(new int[]{r * width + width - 1}, applicants));
        }
        int nw = def.indexOf("new"), cw = def.indexOf("carried"), cn = def.indexOf("carried_next");
        for (int c = 0; c < width; c++) {
            eqs.add(new Deducer.Equation(new int[]{nw * width + c, cw * width + c},
                    new int[]{total * width + c, cn * width + c}));
            int[] p = new int[parts.length];
            for (int k = 0; k < parts.length; k++) p[k] = parts[k] * width + c;
            eqs.add(new Deducer.Equation(new int[]{total * width + c}, p));
        }
        boolean[] present = new boolean[rows.size()];
        // every row of a section that is in the text may be settled by the arithmetic, even one cut off by a
        // truncation (as the labels do: 002's notes); a section missing altogether is never imputed
        Arrays.fill(present, true);
        Long[][] grid = deduce(fitted, present, width, eqs, "section3", rows.stream().map(Form.Item::key).toList());
        Map<String, List<Long>> out = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) out.put(rows.get(r).key(), Arrays.asList(grid[r]));
        return out;
    }

    /** Runs the deducer over fitted rows ({@code present}: the row is in the text, so its blank cells may be
     * deduced); records sources and flags; returns values per row. */
    private Long[][] deduce(Runs.Fitted[] fitted, boolean[] present, int width, List<Deducer.Equation> eqs,
                            String section, List<String> rowKeys) {
        for (int fi = 0; fi < fitted.length; fi++) {
            if (fitted[fi].fit() == Runs.Fit.DIRECT && width == 7 && leftPackedBlankTotal(fitted[fi].cells())) {
                // 「1 | 1 | | | | | 」: numbers packed together and no total is what a collapsed row looks like once
                // a converter re-spreads it over the grid: only the order of its numbers is known
                fitted[fi] = orderOnly(fitted[fi]);
            }
        }
        Deducer.Result res = new Deducer(width, inputs(fitted, present, width), eqs, deadline).solve();
        if (!res.consistent()) {
            // the arithmetic refutes the positions read: rows with blank cells whose numbers were placed by position
            // may be collapsed rows in disguise. Read them by number order only; keep that if it is consistent.
            Runs.Fitted[] retry = fitted.clone();
            boolean any = false;
            for (int r = 0; r < retry.length; r++) {
                if (retry[r].fit() == Runs.Fit.DIRECT && hasBlankAndNumber(retry[r].cells())) {
                    retry[r] = orderOnly(retry[r]);
                    any = true;
                }
            }
            if (any) {
                Deducer.Result second = new Deducer(width, inputs(retry, present, width), eqs, deadline).solve();
                if (second.consistent()) {
                    System.arraycopy(retry, 0, fitted, 0, fitted.length);
                    res = second;
                }
            }
        }
        if (res.unplaced()) flags.add(Flags.CELLS_UNPLACED);
        Long[][] grid = new Long[fitted.length][width];
        for (int r = 0; r < fitted.length; r++) {
            String row = section + "." + rowKeys.get(r) + ".";
            for (int c = 0; c < width; c++) {
                int i = r * width + c;
                grid[r][c] = res.values()[i];
                if (res.deduced()[i]) {
                    flags.add(Flags.DEDUCED);
                    sources.put(row + c, Source.deducedValue());
                } else if (res.printedIndex()[i] >= 0 && !fitted[r].cells().isEmpty()) {
                    sources.put(row + c, Source.of(fitted[r].cells().get(res.printedIndex()[i])));
                }
            }
        }
        return grid;
    }

    private List<Deducer.RowInput> inputs(Runs.Fitted[] fitted, boolean[] present, int width) {
        List<Deducer.RowInput> inputs = new ArrayList<>();
        for (Runs.Fitted f : fitted) {
            switch (f.fit()) {
                case DIRECT -> {
                    Long[] d = new Long[width];
                    for (int c = 0; c < width; c++) d[c] = countOf(f.cells().get(c));
                    inputs.add(new Deducer.RowInput(Deducer.Status.DIRECT, d, List.of()));
                }
                case SHORT -> {
                    List<Long> vals = new ArrayList<>();
                    for (Token t : f.cells()) vals.add(countOf(t));
                    inputs.add(new Deducer.RowInput(Deducer.Status.SHORT, null, vals));
                }
                case NONE -> inputs.add(new Deducer.RowInput(present[inputs.size()] ? Deducer.Status.BLANK
                        : Deducer.Status.NONE, null, List.of()));
                case TOO_MANY -> {
                    flags.add(Flags.CELLS_UNPLACED);
                    inputs.add(new Deducer.RowInput(Deducer.Status.NONE, null, List.of()));
                }
            }
        }
        return inputs;
    }

    /** The row's printed cells in order, positions dropped. */
    private static Runs.Fitted orderOnly(Runs.Fitted f) {
        List<Token> printed = new ArrayList<>(f.cells());
        printed.removeIf(t -> t.kind() == Token.Kind.EMPTY);
        return new Runs.Fitted(Runs.Fit.SHORT, printed);
    }

    private static boolean hasBlankAndNumber(List<Token> row) {
        boolean blank = false, number = false;
        for (Token t : row) {
            blank |= t.kind() == Token.Kind.EMPTY;
            number |= t.isValue();
        }
        return blank && number;
    }

    /** Numbers in one contiguous block, blanks around it, and a blank total: the look of a collapsed row. */
    private static boolean leftPackedBlankTotal(List<Token> row) {
        int n = row.size();
        if (row.get(n - 1).kind() != Token.Kind.EMPTY) return false;
        int first = 0;
        while (first < n && row.get(first).kind() == Token.Kind.EMPTY) first++;
        int k = first;
        while (k < n && row.get(k).kind() != Token.Kind.EMPTY) k++;
        for (int c = k; c < n; c++) if (row.get(c).kind() != Token.Kind.EMPTY) return false;
        return first < k;
    }

    /** A count cell's value: a whole number, else null (blank, "/", 1.5). */
    static Long countOf(Token t) {
        return t.number() == null ? null : longOf(t.number());
    }

    // ---------------------------------------------------------------- section 四

    private Map<String, List<Long>> readSection4(Form.Section4 def, int s4, int end) {
        int blocks = def.blocks().size(), cols = def.columns().size(), width = blocks * cols;
        List<Token> run = new ArrayList<>();
        boolean started = false;
        for (int t = s4 + 1; t < end; t++) {
            Token tok = tokens.get(t);
            if (tok.kind() == Token.Kind.TEXT) {
                String k = keys[t];
                boolean vocab = k != null && isVocab(k, def.vocab());
                if (started && !vocab) break;
                if (!started) run.clear(); // blanks before a header cell are header spacers
                continue;
            }
            if (tok.kind() == Token.Kind.BREAK) continue;
            if (tok.isValue()) started = true;
            run.add(tok);
        }
        if (!started) return null;
        // one text line of exactly 15 cells from its first cell on: a whole row, blanks in place
        boolean wholeLine = run.size() == width && run.get(0).cell() == 0 && run.get(0).row()
                && run.get(width - 1).block() == run.get(0).block();
        Runs.Fitted fit = wholeLine ? new Runs.Fitted(Runs.Fit.DIRECT, run) : Runs.fit(run, width);
        List<Deducer.Equation> eqs = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            int[] parts = new int[cols - 1];
            for (int c = 0; c < cols - 1; c++) parts[c] = b * cols + c;
            eqs.add(new Deducer.Equation(new int[]{b * cols + cols - 1}, parts));
        }
        Long[][] grid = deduce(new Runs.Fitted[]{fit}, new boolean[]{true}, width, eqs, "section4", List.of("all"));
        Map<String, List<Long>> out = new LinkedHashMap<>();
        for (int b = 0; b < blocks; b++) {
            out.put(def.blocks().get(b), Arrays.asList(Arrays.copyOfRange(grid[0], b * cols, b * cols + cols)));
            for (int c = 0; c < cols; c++) {
                Source s = sources.remove("section4.all." + (b * cols + c));
                if (s != null) sources.put("section4." + def.blocks().get(b) + "." + c, s);
            }
        }
        return out;
    }

    private static Map<String, List<Long>> emptySection4(Form.Section4 def) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        for (String b : def.blocks()) out.put(b, Arrays.asList(new Long[def.columns().size()]));
        return out;
    }

    private static boolean isVocab(String key, List<Label> vocab) {
        for (Label l : vocab) if (l.matches(key)) return true;
        return false;
    }

    // ---------------------------------------------------------------- the pre-2019 form

    // ---------------------------------------------------------------- anchoring rows by their labels

    /** True when the rows after the last found label are missing (nothing of them was read). */
    private static boolean tailMissing(int[] anchors) {
        return anchors.length > 0 && anchors[anchors.length - 1] < 0;
    }

    private static int firstOf(int a, int b, int fallback) {
        if (a >= 0) return a;
        if (b >= 0) return b;
        return fallback;
    }
}
