package nianbao.text;

import com.ibm.icu.text.Transliterator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Traditional→Simplified conversion with ICU4J's {@code Traditional-Simplified} transliterator. Loading the
 * transliterator costs a few hundred milliseconds, so it is loaded only when a text actually holds a character that
 * the transliterator changes. That set of characters is derived from ICU itself ({@code traditional-only.txt}, checked
 * against the library by {@code ScriptTest}) so that the check per document is a bit lookup, not a library call.
 */
public final class Script {
    /**
     * Characters ICU would change but which are also GB2312 (Simplified) characters, used in Simplified text (乾隆,
     * 俱乐部, 著名, 摔跤): they alone don't make a text Traditional. Derived: traditional-only.txt ∩ GB2312.
     */
    private static final String AMBIGUOUS = "乾俱吒夥姊後徵摺於箝苎菸著藉跤阪麴麽";
    private static final BitSet TRADITIONAL_ONLY = load();

    private Script() {
    }

    /** True when {@code c} is changed by ICU's Traditional-Simplified transliterator. */
    public static boolean isTraditionalOnly(char c) {
        return TRADITIONAL_ONLY.get(c);
    }

    /** True when the text holds at least one Traditional-only character (so the slow conversion is worth running). */
    public static boolean hasTraditional(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x3400 && TRADITIONAL_ONLY.get(c) && AMBIGUOUS.indexOf(c) < 0) return true;
        }
        return false;
    }

    /** Converts to Simplified script. Thread-safe: ICU transliterators are not, so each call uses its own clone. */
    public static String toSimplified(String s) {
        return Holder.TRANSLITERATOR.get().transliterate(s);
    }

    private static final class Holder {
        private static final Transliterator PROTOTYPE = Transliterator.getInstance("Traditional-Simplified");
        private static final ThreadLocal<Transliterator> TRANSLITERATOR =
                ThreadLocal.withInitial(() -> Transliterator.getInstance(PROTOTYPE.getID()));
    }

    private static BitSet load() {
        BitSet set = new BitSet(0x10000);
        try (InputStream in = Script.class.getResourceAsStream("traditional-only.txt")) {
            if (in == null) throw new IllegalStateException("resource nianbao/text/traditional-only.txt missing");
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Character.isWhitespace(c)) set.set(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }
}
