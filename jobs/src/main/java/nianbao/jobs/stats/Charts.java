package nianbao.jobs.stats;

import nianbao.extract.Fonts;
import org.apache.spark.sql.Row;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The charts of the HTML report and the notebooks (XChart), drawn from gold-table rows. Every chart has one title,
 * axis titles with units, and the number of bodies (n) beside each point or bar; intervals are drawn as error bars
 * and a line never crosses a year without data. CJK labels need a font with the glyphs: the project's GB2312 subset
 * of WenQuanYi Micro Hei when it is on the classpath; without it the charts are labelled in English only.
 */
public final class Charts {
    static final List<String> LEVEL_ORDER = List.of("central", "province", "prefecture", "county", "township",
            "unknown");
    static final Map<String, String> LEVEL_ZH = Map.of("central", "中央", "province", "省级", "prefecture", "市级",
            "county", "县级", "township", "乡镇", "unknown", "未知");
    static final Map<String, String> CATEGORY_ZH = new LinkedHashMap<>();
    static final Map<String, String> BLOCK_ZH = new LinkedHashMap<>();

    static {
        CATEGORY_ZH.put("disclosed", "予以公开");
        CATEGORY_ZH.put("partly_disclosed", "部分公开");
        CATEGORY_ZH.put("withheld", "不予公开");
        CATEGORY_ZH.put("unavailable", "无法提供");
        CATEGORY_ZH.put("not_processed", "不予处理");
        CATEGORY_ZH.put("other", "其他处理");
        BLOCK_ZH.put("reconsideration", "行政复议");
        BLOCK_ZH.put("litigation_direct", "未经复议直接起诉");
        BLOCK_ZH.put("litigation_after_reconsideration", "复议后起诉");
    }

    /** One colour per level, shared by its points, its line and its error bars. */
    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};

    private final Font font;

    private Charts(Font font) {
        this.font = font;
    }

    /** Charts with the CJK font when it is available. */
    public static Charts create() {
        return new Charts(loadFont());
    }

    public boolean cjk() {
        return font != null;
    }

    private static Font loadFont() {
        try (InputStream in = Charts.class.getResourceAsStream(Fonts.CJK_FONT_RESOURCE)) {
            return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (Exception e) {
            return null; // a broken font file only costs the Chinese labels
        }
    }

    /**
     * Zero-request rate by year, one colour per level, the 95 % Wilson interval as an error bar and n (bodies whose
     * 本年新收 总计 is known) beside each point. Levels are dodged around their year so their bars do not overlap.
     */
    public XYChart zeroRequestRate(List<Row> byLevel) {
        return rateByYear(byLevel, label("零申请率（95% Wilson 区间）", "Zero-request rate, 95% Wilson interval"),
                label("零申请率", "zero-request rate") + " (0-1)", "zero_request_rate", "zero_request_ci_low",
                "zero_request_ci_high", "apps_known_reports");
    }

    /**
     * Any rate by year and level with its interval as an error bar and its denominator n beside each point: the
     * columns {@code rate}, {@code low}, {@code high} (doubles in [0, 1]) and {@code n} (a count) of each row.
     */
    public XYChart rateByYear(List<Row> rows, String title, String yTitle, String rate, String low, String high,
                              String n) {
        XYChart c = yearChart(title, yTitle, rows);
        shareByLevel(c, rows, rate, low, high, n);
        return c;
    }

    /**
     * One series per level on a 0–1 axis: each row's share at its year (dodged by level), the bar from {@code low} to
     * {@code high}, and n beside it; rows without the share are left out.
     */
    private void shareByLevel(XYChart c, List<Row> rows, String share, String low, String high, String n) {
        c.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setYAxisDecimalPattern("0.0");
        List<String> levels = levels(rows);
        for (int i = 0; i < levels.size(); i++) {
            String level = levels.get(i);
            List<double[]> points = new ArrayList<>();
            List<String> ns = new ArrayList<>();
            for (Row r : rows) {
                if (!level.equals(r.getAs("level")) || r.getAs(share) == null) continue;
                points.add(new double[]{this.<Integer>value(r, "year"), dodge(i, levels.size()),
                        r.<Double>getAs(share), r.<Double>getAs(low), r.<Double>getAs(high)});
                ns.add("n=" + r.getAs(n));
            }
            dotsWithIntervals(c, levelLabel(level), PALETTE[i % PALETTE.length], points, ns, true);
        }
    }

    /**
     * A ranked view of one level and year across provinces: each province's zero-request rate with its Wilson
     * interval (a forest plot, highest rate at the top) and n beside it. Provinces whose rate is unknown are left out.
     */
    public XYChart zeroRequestByProvince(List<Row> byProvince, String level, int year) {
        List<Row> rows = byProvince.stream()
                .filter(r -> level.equals(r.getAs("level")) && Objects.equals(year, r.getAs("year"))
                        && r.getAs("zero_request_rate") != null)
                .sorted(Comparator.comparingDouble((Row r) -> r.<Double>getAs("zero_request_rate"))
                        .thenComparing(r -> String.valueOf((Object) r.getAs("province")), Comparator.reverseOrder()))
                .toList();
        List<String> names = rows.stream().map(r -> r.getAs("province") == null ? label("未定位", "not placed")
                : r.<String>getAs("province")).toList();
        XYChart c = new XYChartBuilder().width(800).height(Math.max(320, 90 + 22 * rows.size()))
                .title(label("各省零申请率（" + levelLabel(level) + "，" + year + "年）",
                        "Zero-request rate by province, " + level + ", " + year))
                .xAxisTitle(label("零申请率", "zero-request rate") + " (0-1), 95% Wilson")
                .yAxisTitle(label("省份（按零申请率排序）", "province (ranked)")).build();
        XYStyler s = c.getStyler();
        s.setXAxisMin(0.0).setXAxisMax(1.15).setXAxisDecimalPattern("0.0");
        s.setYAxisMin(0.0).setYAxisMax(rows.size() + 1.0).setYAxisTickMarkSpacingHint(12);
        s.setyAxisTickLabelsFormattingFunction(v -> tick(v, 1, names.size(), i -> names.get(i - 1)));
        s.setLegendVisible(false);
        Color color = PALETTE[Math.max(0, LEVEL_ORDER.indexOf(level)) % PALETTE.length];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double y = i + 1;
            XYSeries bar = c.addSeries("ci " + i, new double[]{r.<Double>getAs("zero_request_ci_low"),
                    r.<Double>getAs("zero_request_ci_high")}, new double[]{y, y});
            bar.setMarker(SeriesMarkers.NONE).setLineColor(color).setLineStyle(SeriesLines.SOLID);
            XYSeries dot = c.addSeries("rate " + i, new double[]{r.<Double>getAs("zero_request_rate")},
                    new double[]{y});
            dot.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(color).setLineStyle(SeriesLines.NONE);
            c.addAnnotation(new AnnotationText("n=" + r.getAs("apps_known_reports"), 1.08, y, false));
        }
        if (rows.isEmpty()) c.addSeries("none", new double[]{0}, new double[]{1}).setMarker(SeriesMarkers.NONE);
        return style(c);
    }

    /**
     * 政府集中采购 by year and level on a log scale: the dot is the sum of amounts whose unit is known; the range
     * runs from that sum plus the unknown-unit amounts read as 元 to the same read as 万元 (none when every unit is
     * known). n = bodies with a known amount / bodies with an unknown unit.
     */
    public XYChart procurement(List<Row> procurement) {
        XYChart c = yearChart(label("政府集中采购金额", "Central procurement amount"),
                label("万元（对数刻度）", "10k yuan, log scale"), procurement);
        List<String> levels = levels(procurement);
        double lowest = Double.MAX_VALUE, highest = -Double.MAX_VALUE;
        for (int i = 0; i < levels.size(); i++) {
            String level = levels.get(i);
            List<double[]> points = new ArrayList<>();
            List<String> ns = new ArrayList<>();
            for (Row r : procurement) {
                if (!level.equals(r.getAs("level"))) continue;
                double known = wan(r.getAs("procurement_amount_yuan"));
                double low = known + wan(r.getAs("procurement_unknown_low_yuan"));
                double high = known + wan(r.getAs("procurement_unknown_high_yuan"));
                if (high <= 0) continue; // nothing to draw on a log scale
                // Plotted as log10(万元) on a linear axis whose ticks are labelled as powers of ten.
                double y = known > 0 ? Math.log10(known) : Double.NaN;
                double lo = Math.log10(low > 0 ? low : high), hi = Math.log10(high);
                lowest = Math.min(lowest, Double.isNaN(y) ? lo : Math.min(y, lo));
                highest = Math.max(highest, hi);
                points.add(new double[]{this.<Integer>value(r, "year"), dodge(i, levels.size()), y, lo, hi});
                ns.add("n=" + nz(r.getAs("procurement_amount_reports")) + "/"
                        + nz(r.getAs("procurement_unit_unknown_reports")));
            }
            dotsWithIntervals(c, levelLabel(level), PALETTE[i % PALETTE.length], points, ns, false);
        }
        XYStyler s = c.getStyler();
        int bottom = lowest <= highest ? (int) Math.floor(lowest) : 0;
        int top = lowest <= highest ? Math.max(bottom + 1, (int) Math.ceil(highest)) : 1;
        s.setYAxisMin((double) bottom).setYAxisMax((double) top);
        s.setyAxisTickLabelsFormattingFunction(v -> tick(v, bottom, top,
                e -> new java.text.DecimalFormat("#,##0.###").format(Math.pow(10, e))));
        return c;
    }

    /**
     * Outcome shares (result categories) per level and year, stacked to the share of （七）总计; n (bodies with a
     * known （七）总计) is in each bar's label.
     */
    public CategoryChart outcomes(List<Row> outcomes) {
        CategoryChart c = new CategoryChartBuilder().width(900).height(480)
                .title(label("办理结果占比", "Application outcomes")).xAxisTitle(label("层级 年度", "level, year")
                        + " (n = " + label("有（七）总计的机关", "bodies with a known total") + ")")
                .yAxisTitle(label("占（七）总计的比例", "share of total results") + " (0-1)").build();
        c.getStyler().setStacked(true);
        c.getStyler().setXAxisLabelRotation(60);
        c.getStyler().setYAxisMax(1.0).setYAxisDecimalPattern("0.0");
        List<Row> rows = outcomes.stream().filter(r -> "result_category".equals(r.getAs("measure_group"))).toList();
        List<Row> groupsSorted = rows.stream().sorted(Comparator.comparingInt((Row r) -> levelRank(r.getAs("level")))
                .thenComparing(r -> this.<Integer>value(r, "year"))).toList();
        Map<String, Long> n = new LinkedHashMap<>();
        for (Row r : groupsSorted) n.merge(group(r), r.getAs("reports") == null ? 0L : r.<Long>getAs("reports"),
                Math::max);
        List<String> keys = new ArrayList<>(n.keySet());
        List<String> xLabels = keys.stream().map(k -> k + " n=" + n.get(k)).toList();
        for (Map.Entry<String, String> cat : CATEGORY_ZH.entrySet()) {
            List<Double> y = new ArrayList<>();
            for (String g : keys) {
                y.add(rows.stream().filter(r -> g.equals(group(r)) && cat.getKey().equals(r.getAs("measure"))
                        && r.getAs("share") != null).mapToDouble(r -> r.<Double>getAs("share")).sum());
            }
            if (!keys.isEmpty()) c.addSeries(label(cat.getValue(), cat.getKey()), xLabels, y);
        }
        return style(c);
    }

    /**
     * 复议/诉讼: the corrected share (纠正 / 总计 cases) by year for one block, one colour per level, n (bodies with a
     * known 总计) beside each point. Cases of one body are not independent, so no interval is drawn.
     */
    public XYChart corrected(List<Row> litigation, String block) {
        List<Row> rows = litigation.stream().filter(r -> block.equals(r.getAs("block"))).toList();
        XYChart c = yearChart(label(BLOCK_ZH.getOrDefault(block, block) + "：纠正比例", "Corrected share, " + block),
                label("纠正 / 总计（案件）", "corrected / total cases") + " (0-1)", rows);
        // no interval: the bar runs from the share to itself
        shareByLevel(c, rows, "corrected_share", "corrected_share", "corrected_share", "reports");
        return c;
    }

    /** An XY chart whose x axis is whole years (the rows' min to max), labelled only at whole years. */
    private XYChart yearChart(String title, String yTitle, List<Row> rows) {
        XYChart c = new XYChartBuilder().width(960).height(480).title(title).xAxisTitle(label("年度", "report year"))
                .yAxisTitle(yTitle).build();
        TreeSet<Integer> years = new TreeSet<>();
        for (Row r : rows) if (r.getAs("year") != null) years.add(r.getAs("year"));
        XYStyler s = c.getStyler();
        // Whole-number bounds give ticks at whole years; the padding years either side stay unlabelled.
        int first = years.isEmpty() ? 0 : years.first(), last = years.isEmpty() ? 0 : years.last();
        if (!years.isEmpty()) s.setXAxisMin(first - 1.0).setXAxisMax(last + 1.0);
        s.setxAxisTickLabelsFormattingFunction(v -> tick(v, first, last, y -> String.valueOf(y)));
        s.setXAxisTickMarkSpacingHint(40);
        return style(c);
    }

    /**
     * Points {year, dodge, y, low, high}: a marker per point, a line joining only consecutive years (a missing year
     * breaks it), a vertical error bar from low to high, and the point's label beside it.
     */
    private void dotsWithIntervals(XYChart c, String name, Color color, List<double[]> points, List<String> labels,
                                   boolean join) {
        if (points.isEmpty()) return;
        List<List<double[]>> runs = new ArrayList<>();
        double previous = Double.NaN;
        for (double[] p : points) {
            if (runs.isEmpty() || !join || p[0] != previous + 1) runs.add(new ArrayList<>());
            runs.get(runs.size() - 1).add(p);
            previous = p[0];
        }
        for (int k = 0; k < runs.size(); k++) {
            List<double[]> run = runs.get(k).stream().filter(p -> !Double.isNaN(p[2])).toList();
            if (run.isEmpty()) continue;
            XYSeries s = c.addSeries(k == 0 ? name : name + " #" + k, run.stream().mapToDouble(p -> p[0] + p[1]).toArray(),
                    run.stream().mapToDouble(p -> p[2]).toArray());
            s.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(color).setLineColor(color)
                    .setLineStyle(join ? SeriesLines.SOLID : SeriesLines.NONE).setShowInLegend(k == 0);
        }
        for (int j = 0; j < points.size(); j++) {
            double[] p = points.get(j);
            double x = p[0] + p[1];
            if (p[4] > p[3]) {
                XYSeries bar = c.addSeries(name + " interval " + j, new double[]{x, x}, new double[]{p[3], p[4]});
                bar.setMarker(SeriesMarkers.NONE).setLineColor(color).setLineStyle(new BasicStroke(1.5f))
                        .setShowInLegend(false);
            }
            double y = Double.isNaN(p[2]) ? p[3] : p[2];
            c.addAnnotation(new AnnotationText(labels.get(j), x + 0.1, y, false));
        }
    }

    /** Levels side by side around their year: offsets within ±0.3 of a year. */
    private static double dodge(int i, int count) {
        return count <= 1 ? 0 : -0.3 + 0.6 * i / (count - 1);
    }

    /**
     * A tick label: {@code label(i)} at a whole number i in [first, last], else blank. XChart drops every tick label
     * of an axis when two labels are equal, so each blank is a different number of spaces.
     */
    private static String tick(double v, int first, int last, java.util.function.IntFunction<String> label) {
        if (integral(v) && v >= first && v <= last) return label.apply((int) Math.round(v));
        return " ".repeat(1 + (int) Math.abs(Math.round(v * 4 - first * 4 + 8)));
    }

    private static boolean integral(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9;
    }

    private static double wan(Object yuan) {
        return yuan == null ? 0 : ((BigDecimal) yuan).doubleValue() / 10000;
    }

    private static long nz(Object v) {
        return v == null ? 0 : ((Number) v).longValue();
    }

    @SuppressWarnings("unchecked")
    private <T> T value(Row r, String column) {
        return (T) r.getAs(column);
    }

    private String group(Row r) {
        return levelLabel(r.getAs("level")) + " " + r.getAs("year");
    }

    private String levelLabel(String level) {
        return font != null && LEVEL_ZH.containsKey(level) ? LEVEL_ZH.get(level) + " " + level : level;
    }

    /** "zh en" with the CJK font, "en" without it. */
    public String label(String zh, String en) {
        return font != null ? zh + " " + en : en;
    }

    private static int levelRank(String level) {
        int i = LEVEL_ORDER.indexOf(level);
        return i < 0 ? 99 : i;
    }

    static List<String> levels(List<Row> rows) {
        return rows.stream().map(r -> (String) r.getAs("level")).filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparingInt(Charts::levelRank).thenComparing(l -> l)).toList();
    }

    /** The project's look on any axes chart: the CJK font, a white background, the legend outside. */
    public <C extends Chart<? extends AxesChartStyler, ?>> C style(C chart) {
        AxesChartStyler s = chart.getStyler();
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartBackgroundColor(Color.WHITE);
        s.setAnnotationTextFontColor(new Color(0x444444));
        if (font != null) {
            s.setChartTitleFont(font.deriveFont(Font.PLAIN, 16f));
            s.setLegendFont(font.deriveFont(Font.PLAIN, 12f));
            s.setAxisTitleFont(font.deriveFont(Font.PLAIN, 13f));
            s.setAxisTickLabelsFont(font.deriveFont(Font.PLAIN, 11f));
            s.setAnnotationTextFont(font.deriveFont(Font.PLAIN, 9f));
        } else {
            s.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        }
        return chart;
    }
}
