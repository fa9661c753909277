package nianbao.tools.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * The 2019 form's 政府集中采购 row as printed: project count, the amount cell's text, the column header, and what a
 * careful reader can know of the amount in yuan. The template's header carries no unit; some provinces add one
 * (「采购总金额（单位：万元，保留4位小数）」), some authors write it into the value (「63365元」, 「1424.4万元」), many write a
 * bare number. The yuan value is known only when a unit is stated, or when the amount is 0.
 */
record Procurement(long projects, String raw, String header, String unit, BigDecimal yuan) {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    static Procurement draw(SplittableRandom rnd, ValueModel.Profile p) {
        long projects = Draw.chance(rnd, p.noProcurementShare()) ? 0 : Draw.logNormal(rnd, p.procurementMedian(), 1.0, 5000);
        long amountYuan = projects == 0 ? 0 : projects * Draw.logNormal(rnd, 60_000, 1.0, 50_000_000) / 100 * 100;
        BigDecimal y = BigDecimal.valueOf(amountYuan);
        BigDecimal wan4 = y.divide(WAN, 4, RoundingMode.HALF_UP);
        int style = rnd.nextInt(100);
        if (style < 20) {          // unit in the header, 万元
            boolean four = Draw.chance(rnd, 0.5);
            String h = four ? "采购总金额（单位：万元，保留4位小数）" : "采购总金额（万元）";
            BigDecimal v = four ? wan4 : wan4.setScale(2, RoundingMode.HALF_UP);
            return new Procurement(projects, plain(v, four ? 4 : 2, rnd), h, "万元", v.multiply(WAN));
        } else if (style < 30) {   // unit in the header, 元
            return new Procurement(projects, plain(y, 0, rnd), Draw.chance(rnd, 0.5) ? "采购总金额（元）" : "采购总金额（单位：元）", "元", y);
        } else if (style < 45) {   // 元 in the value
            return new Procurement(projects, plain(y, 0, rnd) + "元", "采购总金额", "元", y);
        } else if (style < 55) {   // 万元 in the value
            BigDecimal v = Draw.chance(rnd, 0.5) ? wan4 : wan4.setScale(1, RoundingMode.HALF_UP);
            return new Procurement(projects, plain(v, 4, rnd) + "万元", "采购总金额", "万元", v.multiply(WAN));
        }
        // No unit anywhere: a bare number in 元 or in 万元. Only 0 has a known yuan value.
        String raw = Draw.chance(rnd, 0.5) ? plain(y, 0, rnd) : plain(wan4, 4, rnd);
        return new Procurement(projects, raw, "采购总金额", null, amountYuan == 0 ? BigDecimal.ZERO : null);
    }

    /** The number as an author types it: usually without trailing zeros, sometimes with a fixed scale. */
    private static String plain(BigDecimal v, int scale, SplittableRandom rnd) {
        if (v.signum() == 0) return Draw.chance(rnd, 0.8) ? "0" : "0.00";
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString();
    }
}
