package nianbao.tools.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The report's prose: introduction with the statistical period, the 总体情况 sub-sections, problems and plans, other
 * matters. Built from phrase banks in the style of real reports, with the numbers real reports put in their prose
 * (items published, trainings held) so the tables are not the only digits in the text.
 */
final class Narrative {
    private static final String[] ACTIVE = {
            "{Y}年，{S}严格按照《中华人民共和国政府信息公开条例》要求，围绕中心工作，坚持“以公开为常态、不公开为例外”的原则，全面推进决策、执行、管理、服务、结果公开，通过政府网站、政务新媒体、公开栏等渠道主动公开政府信息{N1}条，其中机构职能类信息{N2}条，政策文件类信息{N3}条，财政预决算类信息{N4}条，其他各类信息{N5}条。",
            "围绕重点领域信息公开，{S}及时发布脱贫攻坚、乡村振兴、疫情防控、安全生产、生态环境保护等方面的工作动态和政策措施，全年累计发布各类信息{N1}条，做到应公开尽公开，切实保障人民群众的知情权、参与权、表达权和监督权。",
            "在财政信息公开方面，{S}按要求在规定时间内公开了{Y}年部门预算、决算及“三公”经费情况，公开内容完整、格式规范，接受社会监督。全年公开财政资金信息{N4}条，惠民惠农补贴资金发放信息{N3}条。",
            "加强政策解读工作，坚持政策性文件与解读方案、解读材料同步组织、同步审签、同步部署，采取图文解读、视频解读、负责人解读等多种形式，全年共开展政策解读{N6}次，回应社会关切{N7}件。"};
    private static final String[] REQUEST = {
            "{Y}年度，{S}共收到政府信息公开申请{A}件，均在法定期限内予以答复，未发生因政府信息公开申请引发的行政复议和行政诉讼。",
            "进一步规范依申请公开工作流程，明确受理、审查、办理、答复等各环节的责任和时限，严格按照法定程序和时限办理，确保依申请公开工作规范有序。{Y}年{S}收到依申请公开{A}件。",
            "畅通依申请公开渠道，在政府网站公布依申请公开的受理机构、联系电话、通讯地址和网上申请方式，方便公众提出申请。全年共受理政府信息公开申请{A}件。"};
    private static final String[] MANAGEMENT = {
            "建立健全政府信息公开保密审查机制，严格执行“先审查、后公开”和“一事一审”制度，对拟公开的政府信息依法依规进行保密审查，确保公开信息不涉密、涉密信息不公开。",
            "按照政务公开标准化规范化建设要求，动态调整主动公开基本目录，对照{K}个领域的基层政务公开标准目录逐项梳理公开事项，进一步明确公开内容、公开时限和公开渠道。",
            "加强政府信息公开工作的日常管理，落实专人负责信息的收集、整理、审核和发布，规范政府信息的起草、审核、签发、公开流程，不断提高政府信息公开的质量和时效。",
            "开展政策文件清理工作，对现行有效的规范性文件进行全面梳理，及时公布清理结果，对已废止、失效的文件在网站上作出标注，方便公众查阅。"};
    private static final String[] PLATFORM = {
            "充分发挥政府网站作为政府信息公开第一平台的作用，优化栏目设置，及时更新内容，全年网站发布信息{N1}条。同时加强政务新媒体建设，政务微信公众号发布信息{N8}条，关注人数达{N9}人。",
            "在办事大厅、村（社区）便民服务中心设置政务公开专区，配备查阅设备和宣传资料，方便群众就近查询政府信息，全年接待群众查询{N7}人次。",
            "推进政务公开平台规范化建设，按照上级要求完成网站集约化迁移工作，对网站栏目进行优化整合，做到信息发布及时、准确、规范。"};
    private static final String[] OVERSIGHT = {
            "{S}高度重视政府信息公开工作，成立了由主要负责同志任组长、分管负责同志任副组长、各相关科室（站所）负责人为成员的政务公开工作领导小组，领导小组下设办公室，负责日常工作的组织协调和督促检查。",
            "加强业务培训，{Y}年组织开展政务公开业务培训{N10}期，参训人员{N11}人次，进一步提升工作人员的业务能力和工作水平。",
            "将政府信息公开工作纳入年度绩效考核，定期开展自查自纠，对发现的问题及时整改，全年未发生因信息公开不及时、不准确而引起的投诉和舆情事件。"};
    private static final String[] PROBLEMS = {
            "{Y}年，{S}政府信息公开工作虽然取得了一定成效，但对照上级要求和群众期盼仍存在一些不足：一是信息公开的主动性有待进一步增强，部分信息公开不够及时；二是政策解读的形式还不够丰富，解读质量有待提高；三是工作人员业务水平参差不齐，队伍建设需进一步加强。",
            "存在的主要问题：一是公开内容不够全面，部分领域信息更新不及时；二是基层政务公开标准化规范化建设还需深化；三是政务公开与政务服务融合不够紧密。",
            "工作中还存在公开意识有待增强、公开质量有待提高、互动回应不够及时等问题，需要在今后的工作中认真加以改进。"};
    private static final String[] PLANS = {
            "下一步，{S}将认真贯彻落实《中华人民共和国政府信息公开条例》，一是进一步加强组织领导，压实工作责任；二是进一步拓展公开内容，重点做好群众关注度高的领域信息公开；三是进一步强化政策解读和回应关切，提升公开实效；四是进一步加强业务培训，提高工作人员的能力素质。",
            "针对上述问题，{S}将采取以下措施加以改进：加强学习培训，提高思想认识；完善工作机制，规范公开流程；丰富公开形式，增强公开实效；强化监督考核，确保各项工作落到实处。"};
    private static final String[] OTHER_2021 = {
            "{Y}年，{S}未收取信息处理费。",
            "根据《政府信息公开信息处理费管理办法》，{Y}年度{S}未发出收费通知，未收取信息处理费。"};
    private static final String[] OTHER = {"无其他需要报告的事项。", "本年度无其他需要报告的事项。", "无。"};

    private Narrative() {
    }

    static String intro(Agency a, int year, PrintedForm f, boolean yearDigitsLost, SplittableRandom rnd) {
        String notice = f == PrintedForm.F2021 && Draw.chance(rnd, 0.9) ? "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）"
                : "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）";
        String period = yearDigitsLost ? year + "11日至" + year + "1231日" : year + "年1月1日至" + year + "年12月31日";
        return "根据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）和" + notice + "要求，" + a.name()
                + "编制了" + (yearDigitsLost ? "" : year + "年") + "度政府信息公开工作年度报告。本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                + "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。本报告中所列数据的统计期限为"
                + period + "。本报告电子版可在" + a.domain() + "下载。如对本报告有任何疑问，请与" + a.name() + "办公室联系（电话：0"
                + (700 + rnd.nextInt(200)) + "-" + (5_000_000 + rnd.nextInt(4_000_000)) + "）。";
    }

    /** The 总体情况 section: sub-headings and their paragraphs; longer for higher levels. */
    static List<String[]> overview(Agency a, int year, long apps, SplittableRandom rnd) {
        int extra = switch (a.level()) {
            case "central", "province" -> 3;
            case "prefecture" -> 2;
            case "county" -> 1;
            default -> 0;
        };
        List<String[]> out = new ArrayList<>();
        out.add(new String[]{"（一）主动公开情况", fill(paras(ACTIVE, 1 + Math.min(extra, 2), rnd), a, year, apps, rnd)});
        out.add(new String[]{"（二）依申请公开情况", fill(paras(REQUEST, 1, rnd), a, year, apps, rnd)});
        out.add(new String[]{"（三）政府信息管理情况", fill(paras(MANAGEMENT, 1 + Math.min(extra, 2), rnd), a, year, apps, rnd)});
        out.add(new String[]{"（四）平台建设情况", fill(paras(PLATFORM, 1 + Math.min(extra, 1), rnd), a, year, apps, rnd)});
        out.add(new String[]{"（五）监督保障情况", fill(paras(OVERSIGHT, 1 + Math.min(extra, 2), rnd), a, year, apps, rnd)});
        return out;
    }

    static String problems(Agency a, int year, SplittableRandom rnd) {
        return fill(paras(PROBLEMS, 1, rnd), a, year, 0, rnd) + "\n" + fill(paras(PLANS, 1, rnd), a, year, 0, rnd);
    }

    static String other(Agency a, int year, PrintedForm f, SplittableRandom rnd) {
        return fill(Draw.pick(rnd, List.of(f == PrintedForm.F2021 ? OTHER_2021 : OTHER)), a, year, 0, rnd);
    }

    private static String paras(String[] bank, int n, SplittableRandom rnd) {
        List<String> pool = new ArrayList<>(List.of(bank));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n && !pool.isEmpty(); i++) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(pool.remove(rnd.nextInt(pool.size())));
        }
        return sb.toString();
    }

    private static String fill(String s, Agency a, int year, long apps, SplittableRandom rnd) {
        long n1 = 20 + Draw.logNormal(rnd, 150, 0.9, 50_000);
        return s.replace("{S}", Draw.chance(rnd, 0.5) ? a.self() : a.name())
                .replace("{Y}", String.valueOf(year))
                .replace("{A}", String.valueOf(apps))
                .replace("{K}", String.valueOf(10 + rnd.nextInt(17)))
                .replace("{N1}", String.valueOf(n1))
                .replace("{N2}", String.valueOf(n1 / 10))
                .replace("{N3}", String.valueOf(n1 / 4))
                .replace("{N4}", String.valueOf(n1 / 8))
                .replace("{N5}", String.valueOf(n1 - n1 / 10 - n1 / 4 - n1 / 8))
                .replace("{N6}", String.valueOf(1 + rnd.nextInt(30)))
                .replace("{N7}", String.valueOf(rnd.nextInt(200)))
                .replace("{N8}", String.valueOf(rnd.nextInt(2000)))
                .replace("{N9}", String.valueOf(100 + rnd.nextInt(50_000)))
                .replace("{N10}", String.valueOf(1 + rnd.nextInt(6)))
                .replace("{N11}", String.valueOf(10 + rnd.nextInt(300)));
    }
}
