package nianbao.check;

import nianbao.form.Form;
import nianbao.model.Check;
import nianbao.model.Full;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The consistency rules of the 2019 and 2021 forms, evaluated on the values as read (deduced ones included). Rule
 * names: {@code gouji} (一 + 二 = （七） + 四, per column), {@code results_sum} (（七）总计 = （一）…（六）, per column),
 * {@code row_total} (总计 column = the six applicant columns, per row), {@code section4_total} (per block). The
 * detail names the column, row or block and shows the numbers.
 */
public final class TableChecks {
    private static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
            "其他组织", "总计");

    private TableChecks() {
    }

    public static List<Check> run(Full full, Form form) {
        List<Check> out = new ArrayList<>();
        if (full == null || form == null || form.section3() == null) return out;
        Map<String, List<Long>> s3 = full.section3();
        if (s3 != null) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                out.add(equal("gouji", COLUMNS.get(c) + ": 一 + 二 = （七） + 四",
                        Arrays.asList(at(s3, "new", c), at(s3, "carried", c)),
                        Arrays.asList(at(s3, "total", c), at(s3, "carried_next", c))));
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                List<Long> parts = new ArrayList<>();
                for (String r : form.section3().results()) parts.add(at(s3, r, c));
                out.add(equal("results_sum", COLUMNS.get(c) + ": （七）总计 = （一）…（六）", Arrays.asList(at(s3, "total", c)), parts));
            }
            for (Map.Entry<String, List<Long>> row : s3.entrySet()) {
                List<Long> v = row.getValue();
                if (v == null || v.size() != 7) continue;
                out.add(equal("row_total", row.getKey() + ": 总计 = 自然人 + 法人或其他组织", Arrays.asList(v.get(6)), v.subList(0, 6)));
            }
        }
        Map<String, List<Long>> s4 = full.section4();
        if (s4 != null) {
            for (Map.Entry<String, List<Long>> block : s4.entrySet()) {
                List<Long> v = block.getValue();
                if (v == null || v.size() != 5) continue;
                out.add(equal("section4_total", block.getKey() + ": 总计 = 维持 + 纠正 + 其他 + 尚未审结",
                        Arrays.asList(v.get(4)), v.subList(0, 4)));
            }
        }
        return out;
    }

    private static Long at(Map<String, List<Long>> s3, String row, int c) {
        List<Long> v = s3.get(row);
        return v == null || v.size() <= c ? null : v.get(c);
    }

    /** Σ left = Σ right: NOT_ASSESSABLE when any value is unknown. */
    static Check equal(String rule, String what, List<Long> left, List<Long> right) {
        if (left.contains(null) || right.contains(null)) {
            return new Check(rule, Check.Outcome.NOT_ASSESSABLE, what + ": a value is unknown");
        }
        long l = left.stream().mapToLong(Long::longValue).sum();
        long r = right.stream().mapToLong(Long::longValue).sum();
        return new Check(rule, l == r ? Check.Outcome.PASS : Check.Outcome.FAIL, what + ": " + l + (l == r ? " = " : " ≠ ") + r);
    }
}
