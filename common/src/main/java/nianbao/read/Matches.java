package nianbao.read;

import nianbao.form.Form;
import nianbao.form.Label;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which rows (or whether any label) a cell's label key matches, memoised per JVM: reports repeat the same few hundred
 * label texts, so after the first documents a match is one hash lookup instead of a scan over every row's labels.
 * Each cache is bounded; past the bound, matches are computed without caching. Thread-safe.
 */
final class Matches {
    private static final int MAX_ENTRIES = 50_000;
    private static final ConcurrentHashMap<Identity, ConcurrentHashMap<String, Long>> CACHES = new ConcurrentHashMap<>();

    /** The form's lists are loaded once and never change: keyed by identity (a list's own hashCode walks it). */
    private record Identity(Object list) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.list == list;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(list);
        }
    }

    private Matches() {
    }

    /** Bit r set when the key matches row r (rows beyond 64 are not tracked). */
    static long rows(List<Form.Item> rows, String key) {
        ConcurrentHashMap<String, Long> cache = CACHES.computeIfAbsent(new Identity(rows), k -> new ConcurrentHashMap<>());
        Long m = cache.get(key);
        if (m != null) return m;
        long mask = 0;
        for (int r = 0; r < rows.size() && r < 64; r++) if (rows.get(r).matches(key)) mask |= 1L << r;
        if (cache.size() < MAX_ENTRIES) cache.put(key, mask);
        return mask;
    }

    /** True when the key matches one of the labels. */
    static boolean any(List<Label> labels, String key) {
        ConcurrentHashMap<String, Long> cache = CACHES.computeIfAbsent(new Identity(labels), k -> new ConcurrentHashMap<>());
        Long m = cache.get(key);
        if (m != null) return m != 0;
        boolean hit = false;
        for (Label l : labels) {
            if (l.matches(key)) {
                hit = true;
                break;
            }
        }
        if (cache.size() < MAX_ENTRIES) cache.put(key, hit ? 1L : 0L);
        return hit;
    }
}
