package nianbao.tools.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The two national table forms as the generator prints them: section 二's articles (column headers and items), section
 * 三's rows and section 四's blocks, with the keys of the `parse` contract ({@code full}) and the printed labels. Kept
 * apart from the parser's {@code nianbao.form.Form} (what the parser recognises), so the generated truth does not
 * depend on the parser's reading of the forms.
 */
public enum PrintedForm {
    F2019("2019"), F2021("2021");

    /** A column of section 二: contract key and printed header. */
    public record Col(String key, String label) {
    }

    /** An item (row) of section 二. */
    public record Item(String key, String label) {
    }

    /** One 第二十条 article of section 二: its heading, its columns and its items. */
    public record Article(String title, List<Col> cols, List<Item> items) {
    }

    /**
     * A row of section 三. {@code group} is the printed group label the row sits under ("（三）不予公开"), or null;
     * {@code result} is true for the rows that sum to （七）总计.
     */
    public record Row(String key, String label, String group, boolean result) {
    }

    public static final List<String> S3_COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    public static final List<String> S4_BLOCKS = List.of("reconsideration", "litigation_direct", "litigation_after_reconsideration");
    public static final List<String> S4_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    public static final String S3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    public final String id;
    private final List<Article> articles;
    private final List<Row> rows;

    PrintedForm(String id) {
        this.id = id;
        this.articles = id.equals("2019") ? articles2019() : articles2021();
        this.rows = rows(id.equals("2021"));
    }

    public List<Article> articles() {
        return articles;
    }

    public List<Row> rows() {
        return rows;
    }

    public int rowIndex(String key) {
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).key().equals(key)) return i;
        throw new IllegalArgumentException("no section-三 row " + key + " on the " + id + " form");
    }

    private static List<Article> articles2019() {
        List<Col> made = List.of(new Col("new", "本年新制作数量"), new Col("published", "本年新公开数量"), new Col("total", "对外公开总数量"));
        List<Col> items = List.of(new Col("prev_items", "上一年项目数量"), new Col("change", "本年增/减"), new Col("decisions", "处理决定数量"));
        return List.of(
                new Article("第二十条第（一）项", made, List.of(new Item("regulations", "规章"), new Item("normative_docs", "规范性文件"))),
                new Article("第二十条第（五）项", items, List.of(new Item("licensing", "行政许可"), new Item("other_services", "其他对外管理服务事项"))),
                new Article("第二十条第（六）项", items, List.of(new Item("punishment", "行政处罚"), new Item("coercion", "行政强制"))),
                new Article("第二十条第（八）项", items.subList(0, 2), List.of(new Item("fees", "行政事业性收费"))),
                new Article("第二十条第（九）项", List.of(new Col("projects", "采购项目数量"), new Col("amount_raw", "采购总金额")),
                        List.of(new Item("procurement", "政府集中采购"))));
    }

    private static List<Article> articles2021() {
        List<Col> docs = List.of(new Col("issued", "本年制发件数"), new Col("repealed", "本年废止件数"), new Col("in_force", "现行有效件数"));
        List<Col> decisions = List.of(new Col("decisions", "本年处理决定数量"));
        return List.of(
                new Article("第二十条第（一）项", docs, List.of(new Item("regulations", "规章"), new Item("normative_docs", "行政规范性文件"))),
                new Article("第二十条第（五）项", decisions, List.of(new Item("licensing", "行政许可"))),
                new Article("第二十条第（六）项", decisions, List.of(new Item("punishment", "行政处罚"), new Item("coercion", "行政强制"))),
                new Article("第二十条第（八）项", List.of(new Col("amount_wan", "本年收费金额（单位：万元）")),
                        List.of(new Item("fees", "行政事业性收费"))));
    }

    private static List<Row> rows(boolean f2021) {
        List<Row> r = new ArrayList<>();
        r.add(new Row("new", "一、本年新收政府信息公开申请数量", null, false));
        r.add(new Row("carried", "二、上年结转政府信息公开申请数量", null, false));
        r.add(new Row("disclosed", "（一）予以公开", null, true));
        r.add(new Row("partly_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null, true));
        String g3 = "（三）不予公开";
        String[][] withheld = {{"withheld_state_secret", "1.属于国家秘密"}, {"withheld_other_law", "2.其他法律行政法规禁止公开"},
                {"withheld_three_safety", "3.危及“三安全一稳定”"}, {"withheld_third_party", "4.保护第三方合法权益"},
                {"withheld_internal", "5.属于三类内部事务信息"}, {"withheld_process", "6.属于四类过程性信息"},
                {"withheld_enforcement", "7.属于行政执法案卷"}, {"withheld_query", "8.属于行政查询事项"}};
        for (String[] w : withheld) r.add(new Row(w[0], w[1], g3, true));
        String g4 = "（四）无法提供";
        String[][] unavailable = {{"unavailable_not_held", "1.本机关不掌握相关政府信息"},
                {"unavailable_needs_creation", "2.没有现成信息需要另行制作"}, {"unavailable_unclear", "3.补正后申请内容仍不明确"}};
        for (String[] w : unavailable) r.add(new Row(w[0], w[1], g4, true));
        String g5 = "（五）不予处理";
        String[][] notProcessed = {{"not_processed_complaint", "1.信访举报投诉类申请"}, {"not_processed_duplicate", "2.重复申请"},
                {"not_processed_publication", "3.要求提供公开出版物"}, {"not_processed_mass", "4.无正当理由大量反复申请"},
                {"not_processed_confirm", "5.要求行政机关确认或重新出具已获取信息"}};
        for (String[] w : notProcessed) r.add(new Row(w[0], w[1], g5, true));
        if (f2021) {
            String g6 = "（六）其他处理";
            r.add(new Row("other_overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", g6, true));
            r.add(new Row("other_overdue_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", g6, true));
            r.add(new Row("other_other", "3.其他", g6, true));
        } else {
            r.add(new Row("other", "（六）其他处理", null, true));
        }
        r.add(new Row("total", "（七）总计", null, false));
        r.add(new Row("carried_next", "四、结转下年度继续办理", null, false));
        return Collections.unmodifiableList(r);
    }
}
