package nianbao.jobs.stats;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;

/**
 * The normalised name of a reporting body, used to key bodies the gazetteer could not place and to tell departments
 * apart. Mirror and Traditional-script copies of one report spell the same name differently (full-width letters,
 * 「人民政府」 or not, spaces, 鎮/镇); all of these map to one key.
 */
public final class BodyNames {
    // ICU transliterators are not thread-safe; Spark runs several tasks per executor JVM.
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private BodyNames() {
    }

    /** NFKC, Simplified script, no spaces or punctuation, and without a trailing 人民政府 / 政府; null or blank → null. */
    public static String normalize(String name) {
        if (name == null) return null;
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = TO_SIMPLIFIED.get().transliterate(s);
        s = s.replaceAll("[\\p{Z}\\s\\p{P}\\p{S}]+", "");
        s = s.replaceFirst("(人民)?政府$", "");
        return s.isEmpty() ? null : s;
    }
}
