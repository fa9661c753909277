package nianbao.jobs.stats;

import org.apache.spark.sql.Column;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

/**
 * The 95 % Wilson score interval for a proportion x / n, as Spark columns. Chosen over the normal approximation
 * because many cells (a province's prefecture reports in one year) are small and rates sit near 0 or 1, where the
 * normal interval leaves [0, 1]. n = 0 gives null.
 */
public final class Wilson {
    /** The 0.975 quantile of the standard normal distribution. */
    public static final double Z = 1.959963984540054;

    private Wilson() {
    }

    public static Column low(Column x, Column n) {
        return bound(x, n, -1);
    }

    public static Column high(Column x, Column n) {
        return bound(x, n, 1);
    }

    private static Column bound(Column x, Column n, int sign) {
        Column nd = n.cast("double");
        Column p = x.cast("double").divide(nd);
        Column z2 = lit(Z * Z);
        Column denom = lit(1.0).plus(z2.divide(nd));
        Column center = p.plus(z2.divide(nd.multiply(2))).divide(denom);
        Column half = lit(Z).multiply(sqrt(p.multiply(lit(1.0).minus(p)).divide(nd)
                .plus(z2.divide(nd.multiply(nd).multiply(4))))).divide(denom);
        return when(n.gt(0), center.plus(half.multiply(sign)));
    }
}
