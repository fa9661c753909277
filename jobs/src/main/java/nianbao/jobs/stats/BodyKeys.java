package nianbao.jobs.stats;

import com.ibm.icu.text.Transliterator;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The key of a reporting body: its normalised name, used to key bodies the gazetteer could not place and to tell
 * departments apart. Mirror and Traditional-script copies of one report spell the same name differently (full-width
 * letters, 「人民政府」 or not, spaces, 鎮/镇); all of these map to one key.
 */
public final class BodyKeys {
    // ICU transliterators are not thread-safe; Spark runs several tasks per executor JVM.
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private static final Pattern NOT_NAME = Pattern.compile("[\\p{Z}\\s\\p{P}\\p{S}]+");
    private static final Pattern GOVERNMENT_SUFFIX = Pattern.compile("(人民)?政府$");

    private BodyKeys() {
    }

    /** NFKC, Simplified script, no spaces or punctuation, and without a trailing 人民政府 / 政府; null or blank → null. */
    public static String normalize(String name) {
        return normalize(name, true);
    }

    /**
     * As {@link #normalize(String)}; the script conversion (slow: a rule-based transliterator) only when
     * {@code traditional}, i.e. when the parser flagged the report's text as Traditional or mixed script.
     */
    public static String normalize(String name, boolean traditional) {
        if (name == null) return null;
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (traditional) s = TO_SIMPLIFIED.get().transliterate(s);
        s = NOT_NAME.matcher(s).replaceAll("");
        s = GOVERNMENT_SUFFIX.matcher(s).replaceFirst("");
        return s.isEmpty() ? null : s;
    }
}
