package nianbao.tools.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The shape of the reporting population, shared by every {@link AgencySource}: how many bodies of each kind report
 * and the departments a government has. Counts are per year, end-2022 figures.
 */
public final class Population {
    /** The kinds of reporting body, with the number of such bodies nationwide. */
    public enum Kind {
        TOWNSHIP(38_741), COUNTY_GOV(2_844), COUNTY_DEPT(2_844 * 35), PREFECTURE_GOV(333),
        PREFECTURE_DEPT(333 * 40), PROVINCE_GOV(31), PROVINCE_DEPT(31 * 45), CENTRAL(60);

        public final int count;

        Kind(int count) {
            this.count = count;
        }
    }

    private static final long TOTAL;

    static {
        long t = 0;
        for (Kind k : Kind.values()) t += k.count;
        TOTAL = t;
    }

    /** County and prefecture departments (the name follows the government's name). */
    public static final List<String> LOCAL_DEPARTMENTS = List.of("发展和改革局", "教育局", "科学技术局", "工业和信息化局",
            "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局",
            "交通运输局", "水利局", "农业农村局", "商务局", "文化广电旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局",
            "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局", "城市管理局", "行政审批局", "信访局", "乡村振兴局",
            "人民政府办公室", "民族宗教事务局", "体育局", "国有资产监督管理委员会", "粮食和物资储备局");

    public static final List<String> PROVINCE_DEPARTMENTS = List.of("发展和改革委员会", "教育厅", "科学技术厅",
            "工业和信息化厅", "公安厅", "民政厅", "司法厅", "财政厅", "人力资源和社会保障厅", "自然资源厅", "生态环境厅",
            "住房和城乡建设厅", "交通运输厅", "水利厅", "农业农村厅", "商务厅", "文化和旅游厅", "卫生健康委员会", "审计厅",
            "市场监督管理局", "统计局", "医疗保障局", "林业局", "人民政府办公厅", "应急管理厅", "退役军人事务厅");

    public static final List<String> CENTRAL_BODIES = List.of("国家发展和改革委员会", "教育部", "科学技术部", "工业和信息化部",
            "公安部", "民政部", "司法部", "财政部", "人力资源和社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部",
            "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "国家卫生健康委员会", "应急管理部", "审计署",
            "国家市场监督管理总局", "国家统计局", "国家医疗保障局", "国家林业和草原局", "国家税务总局", "海关总署");

    /** Departments that decide many licences. */
    public static final List<String> LICENSING_HEAVY = List.of("行政审批", "市场监督", "自然资源", "住房和城乡建设",
            "交通运输", "卫生健康", "生态环境", "公安", "农业农村", "人力资源");

    /** Departments that decide many penalties and coercive measures. */
    public static final List<String> ENFORCEMENT_HEAVY = List.of("市场监督", "公安", "交通运输", "生态环境", "城市管理",
            "应急管理", "自然资源", "税务", "海关", "林业");

    private Population() {
    }

    /** A kind drawn in proportion to the number of such bodies. */
    public static Kind drawKind(SplittableRandom rnd) {
        long x = rnd.nextLong(TOTAL);
        for (Kind k : Kind.values()) {
            if (x < k.count) return k;
            x -= k.count;
        }
        return Kind.TOWNSHIP;
    }

    /** How the narrative refers to a body: 我镇, 我乡, 我街道, 我局, 我委, 我厅, 我县, 我区, 我市, 我省, 我部, 我署. */
    public static String self(String name) {
        String[][] ends = {{"街道办事处", "我街道"}, {"街道", "我街道"}, {"镇人民政府", "我镇"}, {"乡人民政府", "我乡"},
                {"苏木人民政府", "我苏木"}, {"县人民政府", "我县"}, {"区人民政府", "我区"}, {"旗人民政府", "我旗"},
                {"市人民政府", "我市"}, {"州人民政府", "我州"}, {"省人民政府", "我省"}, {"自治区人民政府", "我区"},
                {"委员会", "我委"}, {"办公室", "我办"}, {"办公厅", "我厅"}, {"厅", "我厅"}, {"局", "我局"}, {"部", "我部"},
                {"署", "我署"}, {"总局", "我局"}};
        for (String[] e : ends) {
            if (name.endsWith(e[0])) return e[1];
        }
        return "我单位";
    }
}
