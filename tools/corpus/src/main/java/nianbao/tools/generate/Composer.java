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
    private final Set<Doc.Ref> lost;
    /** broken_headers: 0 = broken over two lines, 1 = cut after three characters, 2 = broken with leading spaces. */
    private final int brokenMode;

    Composer(Agency a, int year, Values v, Marks marks, Set<Noise> noise, SplittableRandom rnd) {
        this(a, year, v, marks, noise, rnd, new java.util.HashSet<>());
    }

    /**
     * @param lost receives the value cells the layout does not print (rows printed without cells, a cell merged over
     *             two columns), so the truth says null for them
     */
    Composer(Agency a, int year, Values v, Marks marks, Set<Noise> noise, SplittableRandom rnd, Set<Doc.Ref> lost) {
        this.a = a;
        this.year = year;
        this.v = v;
        this.marks = marks;
        this.noise = noise;
        this.rnd = rnd;
        this.spam = Draw.pick(rnd, SPAM);
        this.splitHeaders = Draw.chance(rnd, 0.3);
        this.lost = lost;
        this.brokenMode = rnd.nextInt(3);
        if (v.form() != PrintedForm.F2019) {
            noise.remove(Noise.HUBEI); // the 湖北 variant seen is of the 2019 form
            noise.remove(Noise.MERGED_CELL); // the 2021 收费 row has one column: nothing to merge
        }
    }

    Doc compose() {
        List<Doc.Block> b = new ArrayList<>();
        if (noise.contains(Noise.LEAVE_SITE)) {
            b.add(para("您即将离开本站，跳转至第三方网站。", Doc.Style.BANNER));
            b.add(para("是否继续访问？  继续访问  放弃", Doc.Style.BANNER));
        }
        if (noise.contains(Noise.BANNER)) banner(b, true);
        String prefix = noise.contains(Noise.SPAM) && Draw.chance(rnd, 0.4) ? spam : "";
        boolean noYear = noise.contains(Noise.TITLE_NO_YEAR);
        if (noYear && Draw.chance(rnd, 0.5)) {
            b.add(para("发布日期：" + (year + 1) + "-0" + (1 + rnd.nextInt(3)) + "-" + (10 + rnd.nextInt(18)), Doc.Style.BANNER));
        }
        String y = noYear ? "" : String.valueOf(year);
        int titleStyle = rnd.nextInt(3);
        if (noise.contains(Noise.NO_TITLE)) titleStyle = -1; // the title appears only quoted in the first sentence
        switch (titleStyle) {
            case -1 -> b.add(para("现将《" + a.name() + y + (noYear ? "" : "年") + "政府信息公开工作年度报告》全文公布如下。", Doc.Style.BODY));
            case 0 -> b.add(para(prefix + a.name() + y + (noYear ? "" : "年") + "政府信息公开工作年度报告", Doc.Style.TITLE));
            case 1 -> {
                b.add(para(prefix + a.name(), Doc.Style.TITLE));
                b.add(para("政府信息公开工作" + y + "年度报告", Doc.Style.TITLE));
            }
            default -> {
                b.add(para(prefix + a.name() + y + (noYear ? "" : "年") + "政府信息公开", Doc.Style.TITLE));
                b.add(para("工作年度报告", Doc.Style.TITLE));
            }
        }
        String intro = Narrative.intro(a, year, v.form(), noise.contains(Noise.YEAR_DIGITS), rnd);
        if (noYear) intro = intro.replace("编制了" + year + "年度", "编制了本年度");
        b.add(para(intro, Doc.Style.BODY));
        b.add(para("一、总体情况", Doc.Style.HEADING));
        for (String[] sub : Narrative.overview(a, year, v.s3()[0][6], rnd)) {
            b.add(para(sub[0], Doc.Style.HEADING));
            for (String p : sub[1].split("\n")) b.add(para(spammed(p), Doc.Style.BODY));
        }
        boolean announce = Draw.chance(rnd, 0.3);
        b.add(para("二、主动公开政府信息情况", Doc.Style.HEADING));
        if (announce) b.add(para("该部分以表格形式报告。表格如下：", Doc.Style.BODY));
        drawMissingCells();
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
        return new Doc(b).withNoise(noise);
    }

    private Doc.Table section2() {
        List<List<Doc.TCell>> rows = new ArrayList<>();
        for (PrintedForm.Article art : v.form().articles()) {
            rows.add(List.of(Doc.TCell.head(art.title(), 4, 1)));
            boolean hubei = noise.contains(Noise.HUBEI) && art == v.form().articles().get(0);
            List<Doc.TCell> head = new ArrayList<>();
            head.add(head("信息内容", 1, 1));
            for (int c = 0; c < art.cols().size(); c++) {
                String label = art.cols().get(c).key().equals("amount_raw") && v.procurementHeader() != null
                        ? v.procurementHeader() : art.cols().get(c).label();
                if (hubei) label += HUBEI_NOTES.get(c);
                head.add(columnHead(label, lastSpan(art, c)));
            }
            rows.add(head);
            for (PrintedForm.Item item : art.items()) {
                List<Doc.TCell> row = new ArrayList<>();
                row.add(Doc.TCell.label(lostLabel(item.label())));
                Map<String, Object> vals = v.s2().get(item.key());
                if (missingCells.contains(item.key())) {
                    // the label, then the next label: the row's values are not in the text
                    for (int c = 0; c < art.cols().size(); c++) lost.add(new Doc.Ref(2, item.key(), c));
                } else if (noise.contains(Noise.MERGED_CELL) && item.key().equals("fees")) {
                    // one cell under two columns: which column its value belongs to is not known
                    Doc.Ref first = new Doc.Ref(2, item.key(), 0);
                    row.add(new Doc.TCell(text(first, vals.get(art.cols().get(0).key())), 3, 1, null, false));
                    for (int c = 0; c < art.cols().size(); c++) lost.add(new Doc.Ref(2, item.key(), c));
                } else {
                    for (int c = 0; c < art.cols().size(); c++) {
                        Doc.Ref ref = new Doc.Ref(2, item.key(), c);
                        row.add(new Doc.TCell(text(ref, vals.get(art.cols().get(c).key())), lastSpan(art, c), 1, ref, false));
                    }
                }
                rows.add(row);
            }
            if (hubei) {
                // the variant's extra row under 规范性文件: its own values, not those of the row before it
                List<Doc.TCell> row = new ArrayList<>();
                row.add(Doc.TCell.label("其他主动公开文件"));
                long made = Draw.logNormal(rnd, 40, 1.0, 5000);
                long shown = Math.max(0, made - rnd.nextInt((int) Math.min(made, 50) + 1));
                long total = shown + Draw.logNormal(rnd, 80, 1.0, 20000);
                for (long x : new long[]{made, shown, total}) row.add(Doc.TCell.label(String.valueOf(x)));
                rows.add(row);
            }
        }
        return new Doc.Table(rows);
    }

    private static final List<String> HUBEI_NOTES = List.of("（本年度新制作的规章、规范性文件的数量）",
            "（本年度新公开的规章、规范性文件的数量）", "（截至本年底仍在公开的总数量）");

    /** Section-二 rows printed without cells (missing_cells): one to three, drawn once per document. */
    private Set<String> missingCells = Set.of();

    private void drawMissingCells() {
        if (!noise.contains(Noise.MISSING_CELLS)) return;
        List<String> items = new ArrayList<>();
        for (PrintedForm.Article art : v.form().articles()) {
            for (PrintedForm.Item item : art.items()) items.add(item.key());
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        int n = 1 + rnd.nextInt(3);
        while (out.size() < n) out.add(items.get(rnd.nextInt(items.size())));
        missingCells = out;
    }

    /** A section-二 column header, broken or cut as real copies print them (broken_headers). */
    private Doc.TCell columnHead(String label, int span) {
        if (noise.contains(Noise.BROKEN_HEADERS) && label.length() > 4) {
            String head = label.substring(0, 3), rest = label.substring(3);
            String t = switch (brokenMode) {
                case 0 -> head + "\n" + rest;
                case 1 -> rest.startsWith("/") ? head + "/" : head; // 本年增/ , 本年新 | 本年新
                default -> "  " + head + "\n  " + rest;
            };
            return Doc.TCell.head(t, span, 1);
        }
        return head(label, span, 1);
    }

    /** The last column of an article with fewer than three columns spans the rest, as in the template. */
    private static int lastSpan(PrintedForm.Article art, int c) {
        return c == art.cols().size() - 1 ? 4 - art.cols().size() : 1;
    }

    private Doc.Table section3() {
        PrintedForm f = v.form();
        List<List<Doc.TCell>> rows = new ArrayList<>();
        rows.add(List.of(head(PrintedForm.S3_NOTE, 3, 3), head("申请人情况", 7, 1)));
        rows.add(List.of(head("自然人", 1, 2), head("法人或其他组织", 5, 1), head("总计", 1, 2)));
        rows.add(List.of(head("商业企业", 1, 1), head("科研机构", 1, 1), head("社会公益组织", 1, 1),
                head("法律服务机构", 1, 1), head("其他", 1, 1)));
        int results = 0;
        for (PrintedForm.Row r : f.rows()) if (r.result()) results++;
        String openGroup = null;
        boolean first = true;
        boolean loseSubLabels = noise.contains(Noise.LOST_LABELS) && Draw.chance(rnd, 0.5);
        for (PrintedForm.Row r : f.rows()) {
            List<Doc.TCell> row = new ArrayList<>();
            if (r.result() || r.key().equals("total")) {
                if (first) {
                    row.add(Doc.TCell.head("三、本年度办理结果", 1, results + 1));
                    first = false;
                }
                if (r.group() != null) {
                    if (!r.group().equals(openGroup)) {
                        int n = 0;
                        for (PrintedForm.Row x : f.rows()) if (r.group().equals(x.group())) n++;
                        row.add(Doc.TCell.head(s3Label(r.group()), 1, n));
                        openGroup = r.group();
                    }
                    row.add(Doc.TCell.label(loseSubLabels ? "" : s3Label(r.label())));
                } else {
                    row.add(new Doc.TCell(lostLabel(s3Label(r.label())), 2, 1, null, false));
                }
            } else {
                row.add(new Doc.TCell(lostLabel(s3Label(r.label())), 3, 1, null, false));
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
        for (String c : PrintedForm.S4_COLUMNS) r1.add(head(c, 1, 2));
        r1.add(head("未经复议直接起诉", 5, 1));
        r1.add(head("复议后起诉", 5, 1));
        rows.add(r1);
        List<Doc.TCell> r2 = new ArrayList<>();
        for (int i = 0; i < 2; i++) for (String c : PrintedForm.S4_COLUMNS) r2.add(head(c, 1, 1));
        rows.add(r2);
        List<Doc.TCell> values = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            for (int c = 0; c < 5; c++) {
                Doc.Ref ref = new Doc.Ref(4, PrintedForm.S4_BLOCKS.get(b), c);
                values.add(new Doc.TCell(text(ref, v.s4()[b][c]), 1, 1, ref, false));
            }
        }
        rows.add(values);
        return new Doc.Table(rows);
    }

    private static final String CIRCLED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩", PARENS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽";
    private static final String HAN_NUM = "一二三四五六七八九十";

    /** A section-三 label as edited copies print it (edited_labels, enclosed_numerals). */
    private String s3Label(String label) {
        String t = label;
        if (noise.contains(Noise.EDITED_LABELS)) {
            t = t.replace("本年新收", "本年(" + year + ")新收").replace("上年结转", "上年(" + (year - 1) + ")结转");
            if (t.length() > 3 && t.charAt(0) == '（' && t.charAt(2) == '）' && HAN_NUM.indexOf(t.charAt(1)) >= 0) {
                t = (HAN_NUM.indexOf(t.charAt(1)) + 1) + "." + t.substring(3);
            }
        }
        if (noise.contains(Noise.ENCLOSED_NUMERALS)) {
            if (t.length() > 3 && t.charAt(0) == '（' && t.charAt(2) == '）' && HAN_NUM.indexOf(t.charAt(1)) >= 0) {
                t = CIRCLED.charAt(HAN_NUM.indexOf(t.charAt(1))) + t.substring(3);
            } else if (t.length() > 2 && t.charAt(0) >= '1' && t.charAt(0) <= '9' && t.charAt(1) == '.') {
                t = PARENS.charAt(t.charAt(0) - '1') + t.substring(2);
            }
        }
        return t;
    }

    private String text(Doc.Ref ref, Object value) {
        String t = switch (marks.get(ref)) {
            case BLANK -> "";
            case SLASH -> "/";
            default -> value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        };
        if (noise.contains(Noise.SIGNED) && value instanceof Long l && l != 0 && isChange(ref) && !t.isEmpty()
                && !t.equals("/")) {
            t = l > 0 ? "+" + t : "-" + t; // 「+3」, 「--253」
        }
        if (noise.contains(Noise.CELL_SPACES) && Draw.chance(rnd, 0.25)) {
            String pad = Draw.chance(rnd, 0.5) ? "\u00a0\u00a0" : "   ";
            t = Draw.chance(rnd, 0.7) ? pad + t : t + pad;
        }
        return t;
    }

    private boolean isChange(Doc.Ref ref) {
        if (ref.section() != 2) return false;
        for (PrintedForm.Article art : v.form().articles()) {
            for (PrintedForm.Item item : art.items()) {
                if (item.key().equals(ref.row())) return ref.col() < art.cols().size() && art.cols().get(ref.col()).key().equals("change");
            }
        }
        return false;
    }

    private Doc.TCell head(String text, int colspan, int rowspan) {
        String t = text;
        if (noise.contains(Noise.CELL_SPACES) && t.length() == 4 && Draw.chance(rnd, 0.5)) {
            t = t.substring(0, 2) + (Draw.chance(rnd, 0.5) ? " " : "\u00a0\u00a0") + t.substring(2); // 「商业 企业」
        } else if (noise.contains(Noise.SPACED_HEADERS) && t.length() <= 6 && Draw.chance(rnd, 0.6)) {
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
