package nianbao.read;

import java.util.List;

/**
 * Builds real-looking report texts for the hard-case tests: the 2019 form's tables in the layouts seen in real
 * reports. Row labels are the form's own wording; values are given per row.
 */
final class Snippets {
    static final List<String> S3_LABELS_2019 = List.of(
            "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
            "(一)予以公开", "(二)部分公开(区分处理的，只计这一情形，不计其他情形)",
            "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
            "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
            "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息", "(六)其他处理", "(七)总计", "四、结转下年度继续办理");

    static final String HEAD = "某某镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我镇认真贯彻《条例》。\n";

    static final String SECTION2_2019 = """
            二、主动公开政府信息情况
            第二十条第（一）项\t\t\t
            信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量
            规章\t0\t0\t0
            规范性文件\t5\t5\t12
            第二十条第（五）项\t\t\t
            信息内容\t上一年项目数量\t本年增/减\t处理决定数量
            行政许可\t12\t减3\t240
            其他对外管理服务事项\t0\t0\t0
            第二十条第（六）项\t\t\t
            信息内容\t上一年项目数量\t本年增/减\t处理决定数量
            行政处罚\t8\t0\t17
            行政强制\t2\t0\t1
            第二十条第（八）项\t\t\t
            信息内容\t上一年项目数量\t本年增/减\t
            行政事业性收费\t0\t0\t
            第二十条第（九）项\t\t\t
            信息内容\t采购项目数量\t采购总金额\t
            政府集中采购\t4\t0
            """;

    static final String S3_HEAD = """
            三、收到和处理政府信息公开申请情况
            (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t申请人情况
            自然人\t法人或其他组织\t总计
            商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他
            """;

    static final String SECTION4_ZERO = """
            四、政府信息公开行政复议、行政诉讼情况
            行政复议\t行政诉讼
            结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉
            结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
            0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
            """;

    static final String TAIL = "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";

    private Snippets() {
    }

    /** Section 三 as TAB-separated rows (label, then the given cells). */
    static String section3Tabs(List<String> rowCells) {
        StringBuilder sb = new StringBuilder(S3_HEAD);
        for (int i = 0; i < S3_LABELS_2019.size(); i++) {
            sb.append(S3_LABELS_2019.get(i));
            if (i < rowCells.size() && !rowCells.get(i).isEmpty()) sb.append('\t').append(rowCells.get(i).replace(" ", "\t"));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Section 三 with every row the same seven cells. */
    static List<String> allRows(String cells) {
        return java.util.Collections.nCopies(S3_LABELS_2019.size(), cells);
    }

    static String report(String section3) {
        return HEAD + SECTION2_2019 + section3 + SECTION4_ZERO + TAIL;
    }
}
