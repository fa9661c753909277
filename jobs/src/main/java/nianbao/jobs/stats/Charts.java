package nianbao.jobs.stats;

import nianbao.extract.Fonts;
import org.apache.spark.sql.Row;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.awt.Font;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report's charts (XChart) from gold-table rows. CJK labels need a font with the glyphs: the project's GB2312
 * subset of WenQuanYi Micro Hei when it is on the classpath; without it the charts are labelled in English only.
 */
public final class Charts {
    static final List<String> LEVEL_ORDER = List.of("central", "province", "prefecture", "county", "township",
            "unknown");
    static final Map<String, String> CATEGORY_ZH = new LinkedHashMap<>();

    static {
        CATEGORY_ZH.put("disclosed", "予以公开");
        CATEGORY_ZH.put("partly_disclosed", "部分公开");
        CATEGORY_ZH.put("withheld", "不予公开");
        CATEGORY_ZH.put("unavailable", "无法提供");
        CATEGORY_ZH.put("not_processed", "不予处理");
        CATEGORY_ZH.put("other", "其他处理");
    }

    /** One colour per level, shared by its rate line and its interval lines. */
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

    /** Zero-request rate by year, one line per level, its 95 % Wilson interval as dashed lines. */
    public XYChart zeroRequestRate(List<Row> byLevel) {
        XYChart c = new XYChartBuilder().width(800).height(450).title(label("零申请率", "Zero-request rate")
                + " (95% Wilson CI)").xAxisTitle(label("年度", "year")).yAxisTitle(label("比例", "share")).build();
        c.getStyler().setXAxisDecimalPattern("0").setYAxisMin(0.0).setYAxisMax(1.0);
        int i = 0;
        for (String level : levels(byLevel)) {
            List<Integer> x = new ArrayList<>();
            List<Double> y = new ArrayList<>(), lo = new ArrayList<>(), hi = new ArrayList<>();
            for (Row r : byLevel) {
                if (!level.equals(r.getAs("level")) || r.getAs("zero_request_rate") == null) continue;
                x.add(r.getAs("year"));
                y.add(r.getAs("zero_request_rate"));
                lo.add(r.getAs("zero_request_ci_low"));
                hi.add(r.getAs("zero_request_ci_high"));
            }
            if (x.isEmpty()) continue;
            Color color = PALETTE[i++ % PALETTE.length];
            XYSeries s = c.addSeries(level, x, y);
            s.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(color).setLineColor(color);
            for (List<Double> bound : List.of(lo, hi)) {
                XYSeries b = c.addSeries(level + (bound == lo ? " CI low" : " CI high"), x, bound);
                b.setMarker(SeriesMarkers.NONE).setLineStyle(SeriesLines.DASH_DASH).setShowInLegend(false);
                b.setLineColor(color);
            }
        }
        return styled(c);
    }

    /** Procurement amount with a known unit (万元) by year, one bar per level — side by side, never stacked. */
    public CategoryChart procurement(List<Row> procurement) {
        CategoryChart c = new CategoryChartBuilder().width(800).height(450)
                .title(label("政府集中采购金额（单位已知）", "Central procurement, known unit"))
                .xAxisTitle(label("年度", "year")).yAxisTitle(label("万元", "10k yuan")).build();
        c.getStyler().setYAxisDecimalPattern("#,##0");
        List<String> years = new ArrayList<>(new TreeSet<>(procurement.stream()
                .map(r -> String.valueOf((Object) r.getAs("year"))).toList()));
        for (String level : levels(procurement)) {
            List<Double> y = new ArrayList<>();
            for (String year : years) {
                y.add(procurement.stream().filter(r -> level.equals(r.getAs("level"))
                                && year.equals(String.valueOf((Object) r.getAs("year"))))
                        .map(r -> (BigDecimal) r.getAs("procurement_amount_yuan")).filter(v -> v != null)
                        .mapToDouble(v -> v.doubleValue() / 10000).sum());
            }
            c.addSeries(level, years, y);
        }
        return styled(c);
    }

    /** Outcome shares (result categories) per level and year, stacked to the share of （七）总计. */
    public CategoryChart outcomes(List<Row> outcomes) {
        CategoryChart c = new CategoryChartBuilder().width(900).height(450)
                .title(label("办理结果占比", "Application outcomes")).yAxisTitle(label("占总计比例", "share of total"))
                .build();
        c.getStyler().setStacked(true);
        c.getStyler().setXAxisLabelRotation(60);
        List<Row> rows = outcomes.stream().filter(r -> "result_category".equals(r.getAs("measure_group"))).toList();
        List<String> groups = new ArrayList<>(new TreeSet<>(rows.stream().map(Charts::group).toList()));
        for (Map.Entry<String, String> cat : CATEGORY_ZH.entrySet()) {
            List<Double> y = new ArrayList<>();
            for (String g : groups) {
                y.add(rows.stream().filter(r -> g.equals(group(r)) && cat.getKey().equals(r.getAs("measure"))
                        && r.getAs("share") != null).mapToDouble(r -> r.<Double>getAs("share")).sum());
            }
            if (!groups.isEmpty()) c.addSeries(label(cat.getValue(), cat.getKey()), groups, y);
        }
        return styled(c);
    }

    private static String group(Row r) {
        return r.getAs("level") + " " + r.getAs("year");
    }

    private String label(String zh, String en) {
        return font != null ? zh + " " + en : en;
    }

    private static List<String> levels(List<Row> rows) {
        return rows.stream().map(r -> (String) r.getAs("level")).distinct()
                .sorted(Comparator.comparingInt((String l) -> LEVEL_ORDER.indexOf(l) < 0 ? 99 : LEVEL_ORDER.indexOf(l))
                        .thenComparing(l -> l)).toList();
    }

    private <C extends Chart<? extends AxesChartStyler, ?>> C styled(C chart) {
        AxesChartStyler s = chart.getStyler();
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartBackgroundColor(Color.WHITE);
        if (font != null) {
            s.setChartTitleFont(font.deriveFont(Font.PLAIN, 16f));
            s.setLegendFont(font.deriveFont(Font.PLAIN, 12f));
            s.setAxisTitleFont(font.deriveFont(Font.PLAIN, 13f));
            s.setAxisTickLabelsFont(font.deriveFont(Font.PLAIN, 11f));
        }
        return chart;
    }
}
