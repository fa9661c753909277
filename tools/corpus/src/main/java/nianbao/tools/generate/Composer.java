package nianbao.tools.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Lays out one report as real ones are laid out: title, introduction with the statistical period, the six numbered
 * sections with the three tables of the form (header cells spanning rows and columns as in the official template),
 * signature and date; plus the noise that changes what is written (banners, spam, letter-spaced headers, lost labels,
 * dropped year digits, collapsed rows).
 */
final class Composer {
    static final List<String> SPAM = List.of("赌博软件app", "uedbet体育_uedbet官网@:", "环球国际(中国)官方网站",
            "足彩app哪个是正规的", "澳门威尼斯人官网", "皇冠体育app下载");

    private final Agency a;
    private final int year;
    private final Values v;
    private final Marks marks;
    private final Set<Noise> noise;
    private final SplittableRandom rnd;
    private final String spam;
    private final boolean splitHeaders;

    Composer(Agency a, int year, Values v, Marks marks, Set<Noise> noise, SplittableRandom rnd) {
        this.a = a;
        this.year = year;
        this.v = v;
        this.marks = marks;
        this.noise = noise;
        this.rnd = rnd;
        this.spam = Draw.pick(rnd, SPAM);
        this.splitHeaders = Draw.chance(rnd, 0.3);
    }

    Doc compose() {
        List<Doc.Block> b = new ArrayList<>();
        if (noise.contains(Noise.BANNER)) banner(b, true);
        String prefix = noise.contains(Noise.SPAM) && Draw.chance(rnd, 0.4) ? spam : "";
        switch (rnd.nextInt(3)) {
            case 0 -> b.add(para(prefix + a.name() + year + "年政府信息公开工作年度报告", Doc.Style.TITLE));
            case 1 -> {
                b.add(para(prefix + a.name(), Doc.Style.TITLE));
                b.add(para("政府信息公开工作" + year + "年度报告", Doc.Style.TITLE));
            }
            default -> {
                b.add(para(prefix + a.name() + year + "年政府信息公开", Doc.Style.TITLE));
                b.add(para("工作年度报告", Doc.Style.TITLE));
            }
        }
        b.add(para(Narrative.intro(a, year, v.form(), noise.contains(Noise.YEAR_DIGITS), rnd), Doc.Style.BODY));
        b.add(para("一、总体情况", Doc.Style.HEADING));
        for (String[] sub : Narrative.overview(a, year, v.s3()[0][6], rnd)) {
            b.add(para(sub[0], Doc.Style.HEADING));
            for (String p : sub[1].split("\n")) b.add(para(spammed(p), Doc.Style.BODY));
        }
        boolean announce = Draw.chance(rnd, 0.3);
        b.add(para("二、主动公开政府信息情况", Doc.Style.HEADING));
        if (announce) b.add(para("该部分以表格形式报告。表格如下：", Doc.Style.BODY));
        b.add(section2());
        b.add(para("三、收到和处理政府信息公开申请情况", Doc.Style.HEADING));
        if (announce) b.add(para("该部分以表格形式报告。表格如下：", Doc.Style.BODY));
        b.add(section3());
        b.add(para("四、政府信息公开行政复议、行政诉讼情况", Doc.Style.HEADING));
        if (announce) b.add(para("该部分以表格形式报告。表格如下：", Doc.Style.BODY));
        b.add(section4());
        b.add(para("五、存在的主要问题及改进情况", Doc.Style.HEADING));
        for (String p : Narrative.problems(a, year, rnd).split("\n")) b.add(para(spammed(p), Doc.Style.BODY));
        b.add(para("六、其他需要报告的事项", Doc.Style.HEADING));
        b.add(para(Narrative.other(a, year, v.form(), rnd), Doc.Style.BODY));
        b.add(para(a.name(), Doc.Style.SIGNATURE));
        b.add(para((year + 1) + "年1月" + (10 + rnd.nextInt(21)) + "日", Doc.Style.SIGNATURE));
        if (noise.contains(Noise.BANNER)) banner(b, false);
        return new Doc(b);
    }

    private Doc.Table section2() {
        List<List<Doc.TCell>> rows = new ArrayList<>();
        for (Form.Article art : v.form().articles()) {
            rows.add(List.of(Doc.TCell.head(art.title(), 4, 1)));
            List<Doc.TCell> head = new ArrayList<>();
            head.add(head("信息内容", 1, 1));
            for (int c = 0; c < art.cols().size(); c++) {
                String label = art.cols().get(c).key().equals("amount_raw") && v.procurementHeader() != null
                        ? v.procurementHeader() : art.cols().get(c).label();
                head.add(head(label, lastSpan(art, c), 1));
            }
            rows.add(head);
            for (Form.Item item : art.items()) {
                List<Doc.TCell> row = new ArrayList<>();
                row.add(Doc.TCell.label(lostLabel(item.label())));
                Map<String, Object> vals = v.s2().get(item.key());
                for (int c = 0; c < art.cols().size(); c++) {
                    Doc.Ref ref = new Doc.Ref(2, item.key(), c);
                    row.add(new Doc.TCell(text(ref, vals.get(art.cols().get(c).key())), lastSpan(art, c), 1, ref, false));
                }
                rows.add(row);
            }
        }
        return new Doc.Table(rows);
    }

    /** The last column of an article with fewer than three columns spans the rest, as in the template. */
    private static int lastSpan(Form.Article art, int c) {
        return c == art.cols().size() - 1 ? 4 - art.cols().size() : 1;
    }

    private Doc.Table section3() {
        Form f = v.form();
        List<List<Doc.TCell>> rows = new ArrayList<>();
        rows.add(List.of(head(Form.S3_NOTE, 3, 3), head("申请人情况", 7, 1)));
        rows.add(List.of(head("自然人", 1, 2), head("法人或其他组织", 5, 1), head("总计", 1, 2)));
        rows.add(List.of(head("商业企业", 1, 1), head("科研机构", 1, 1), head("社会公益组织", 1, 1),
                head("法律服务机构", 1, 1), head("其他", 1, 1)));
        int results = 0;
        for (Form.Row r : f.rows()) if (r.result()) results++;
        String openGroup = null;
        boolean first = true;
        boolean loseSubLabels = noise.contains(Noise.LOST_LABELS) && Draw.chance(rnd, 0.5);
        for (Form.Row r : f.rows()) {
            List<Doc.TCell> row = new ArrayList<>();
            if (r.result() || r.key().equals("total")) {
                if (first) {
                    row.add(Doc.TCell.head("三、本年度办理结果", 1, results + 1));
                    first = false;
                }
                if (r.group() != null) {
                    if (!r.group().equals(openGroup)) {
                        int n = 0;
                        for (Form.Row x : f.rows()) if (r.group().equals(x.group())) n++;
                        row.add(Doc.TCell.head(r.group(), 1, n));
                        openGroup = r.group();
                    }
                    row.add(Doc.TCell.label(loseSubLabels ? "" : r.label()));
                } else {
                    row.add(new Doc.TCell(lostLabel(r.label()), 2, 1, null, false));
                }
            } else {
                row.add(new Doc.TCell(lostLabel(r.label()), 3, 1, null, false));
            }
            boolean collapsed = marks.collapsed(r.key());
            for (int c = 0; c < 7; c++) {
                Doc.Ref ref = new Doc.Ref(3, r.key(), c);
                if (collapsed && marks.get(ref) == Marks.Mark.BLANK) continue;
                row.add(new Doc.TCell(text(ref, v.s3(r.key(), c)), 1, 1, ref, false));
            }
            rows.add(row);
        }
        return new Doc.Table(rows);
    }

    private Doc.Table section4() {
        List<List<Doc.TCell>> rows = new ArrayList<>();
        rows.add(List.of(head("行政复议", 5, 1), head("行政诉讼", 10, 1)));
        List<Doc.TCell> r1 = new ArrayList<>();
        for (String c : Form.S4_COLUMNS) r1.add(head(c, 1, 2));
        r1.add(head("未经复议直接起诉", 5, 1));
        r1.add(head("复议后起诉", 5, 1));
        rows.add(r1);
        List<Doc.TCell> r2 = new ArrayList<>();
        for (int i = 0; i < 2; i++) for (String c : Form.S4_COLUMNS) r2.add(head(c, 1, 1));
        rows.add(r2);
        List<Doc.TCell> values = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            for (int c = 0; c < 5; c++) {
                Doc.Ref ref = new Doc.Ref(4, Form.S4_BLOCKS.get(b), c);
                values.add(new Doc.TCell(text(ref, v.s4()[b][c]), 1, 1, ref, false));
            }
        }
        rows.add(values);
        return new Doc.Table(rows);
    }

    private String text(Doc.Ref ref, Object value) {
        return switch (marks.get(ref)) {
            case BLANK -> "";
            case SLASH -> "/";
            default -> value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        };
    }

    private Doc.TCell head(String text, int colspan, int rowspan) {
        String t = text;
        if (noise.contains(Noise.SPACED_HEADERS) && t.length() <= 6 && Draw.chance(rnd, 0.6)) {
            t = String.join(t.length() == 2 ? "    " : " ", t.split(""));
        } else if (splitHeaders && t.startsWith("本年新") && t.length() > 3) {
            t = "本年新\n" + t.substring(3); // a line break inside the cell, as Word exports write it
        }
        return Doc.TCell.head(t, colspan, rowspan);
    }

    private String lostLabel(String label) {
        return noise.contains(Noise.LOST_LABELS) && Draw.chance(rnd, 0.15) ? "" : label;
    }

    private String spammed(String p) {
        if (!noise.contains(Noise.SPAM) || !Draw.chance(rnd, 0.3)) return p;
        int at = rnd.nextInt(p.length() + 1);
        return p.substring(0, at) + spam + p.substring(at);
    }

    private void banner(List<Doc.Block> b, boolean top) {
        String site = noise.contains(Noise.SPAM) ? spam : (a.county() != null ? a.county() : a.name()) + "人民政府门户网站";
        if (top) {
            b.add(para(site + "  首页 | 政务公开 | 政务服务 | 互动交流 | 走进" + (a.county() != null ? a.county() : "本地"), Doc.Style.BANNER));
            b.add(para("当前位置：首页 > 政府信息公开 > 政府信息公开年报", Doc.Style.BANNER));
            b.add(para("发布时间：" + (year + 1) + "-01-" + String.format("%02d", 10 + rnd.nextInt(19)) + "  来源："
                    + a.name() + "  浏览次数：" + rnd.nextInt(5000) + "  【字体：大 中 小】【打印】【关闭】", Doc.Style.BANNER));
        } else {
            b.add(para("【下载Word】【下载PDF】  分享到：微信 微博", Doc.Style.BANNER));
            b.add(para("主办单位：" + (a.county() != null ? a.county() + "人民政府办公室" : a.name()) + "  网站标识码："
                    + (1000000000L + rnd.nextInt(900000000)) + "  ICP备" + (10000000 + rnd.nextInt(9000000)) + "号  "
                    + a.domain(), Doc.Style.BANNER));
        }
    }

    private static Doc.Para para(String t, Doc.Style s) {
        return new Doc.Para(t, s);
    }
}
