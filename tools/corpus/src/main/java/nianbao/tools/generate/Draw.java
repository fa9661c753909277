package nianbao.tools.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Small random-draw helpers over {@link SplittableRandom} (deterministic for a seed). */
final class Draw {
    private Draw() {
    }

    static <T> T pick(SplittableRandom rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    static boolean chance(SplittableRandom rnd, double p) {
        return rnd.nextDouble() < p;
    }

    static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble(), v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** A log-normal count with the given median (≥ 1), capped. */
    static long logNormal(SplittableRandom rnd, double median, double sigma, long cap) {
        long v = Math.round(Math.exp(Math.log(median) + sigma * gaussian(rnd)));
        return Math.max(1, Math.min(cap, v));
    }

    static long poisson(SplittableRandom rnd, double mean) {
        if (mean <= 0) return 0;
        if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(rnd)));
        double l = Math.exp(-mean), p = 1;
        long k = 0;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }

    static long binomial(SplittableRandom rnd, long n, double p) {
        if (n <= 0 || p <= 0) return 0;
        if (p >= 1) return n;
        if (n > 60) {
            double mean = n * p, sd = Math.sqrt(n * p * (1 - p));
            return Math.max(0, Math.min(n, Math.round(mean + sd * gaussian(rnd))));
        }
        long k = 0;
        for (long i = 0; i < n; i++) if (rnd.nextDouble() < p) k++;
        return k;
    }

    /** Splits n into parts with the given weights (a multinomial draw); the parts sum to n. */
    static long[] split(SplittableRandom rnd, long n, double[] weights) {
        long[] out = new long[weights.length];
        double rest = 0;
        for (double w : weights) rest += w;
        long left = n;
        for (int i = 0; i < weights.length - 1 && left > 0; i++) {
            long k = binomial(rnd, left, rest <= 0 ? 0 : Math.min(1, weights[i] / rest));
            out[i] = k;
            left -= k;
            rest -= weights[i];
        }
        out[weights.length - 1] += left;
        return out;
    }
}
