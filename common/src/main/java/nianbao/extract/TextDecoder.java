package nianbao.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes of a text document → a String, for TXT and HTML. Order: a byte-order mark (UTF-8, UTF-16LE/BE) wins; then
 * strict UTF-8 (the common case, so ICU's detector is never run when it succeeds); then ICU4J's
 * {@link CharsetDetector}. Chinese results (GB2312, GBK, GB18030) are decoded as GB18030, the superset, because
 * pages declared or detected as GB2312 routinely contain GBK-only characters. Stateless and thread-safe.
 */
public final class TextDecoder {
    /** GB18030 decodes every GB2312 and GBK byte sequence. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** Decodes with BOM → strict UTF-8 → detection. */
    public static String decode(byte[] b) {
        String withBom = decodeBom(b);
        if (withBom != null) return withBom;
        String utf8 = strictUtf8(b);
        return utf8 != null ? utf8 : decodeDetected(b);
    }

    /** The text after a byte-order mark, decoded as the mark says; null when there is no mark. */
    static String decodeBom(byte[] b) {
        Charset bom = bomCharset(b);
        return bom == null ? null : new String(b, offsetAfterBom(b), b.length - offsetAfterBom(b), bom);
    }

    /**
     * The bytes as UTF-8, or null when they are not well-formed UTF-8. The JDK's lenient decode (intrinsic, several
     * times faster than a {@code CharsetDecoder}) replaces every malformed sequence with U+FFFD, so a result without
     * U+FFFD is the strict result; one with U+FFFD is malformed unless the bytes themselves spell U+FFFD (EF BF BD),
     * which the strict decoder then settles.
     */
    static String strictUtf8(byte[] b) {
        if (malformedEarly(b)) return null;
        String lenient = new String(b, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) return lenient;
        return spellsReplacementChar(b) ? strictDecode(b, StandardCharsets.UTF_8) : null;
    }

    /**
     * True when the first KB is already malformed UTF-8: GBK text fails on its first Chinese character, so a GBK
     * document is rejected without decoding it whole. A sequence cut at the KB boundary is not an error here.
     */
    private static boolean malformedEarly(byte[] b) {
        int n = Math.min(b.length, 1024);
        return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b, 0, n), CharBuffer.allocate(n), false).isError();
    }

    private static boolean spellsReplacementChar(byte[] b) {
        for (int i = 0; i + 2 < b.length; i++) {
            if (b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBF && b[i + 2] == (byte) 0xBD) return true;
        }
        return false;
    }

    /** The bytes decoded with {@code cs}, or null when they are malformed or unmappable in it. */
    private static String strictDecode(byte[] b, Charset cs) {
        try {
            return strict(cs).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The charset {@link #decode} uses for these bytes. */
    public static Charset charset(byte[] b) {
        Charset bom = bomCharset(b);
        if (bom != null) return bom;
        if (isUtf8(b)) return StandardCharsets.UTF_8;
        return detect(b);
    }

    /** The charset of a byte-order mark at the start of {@code b}, or null. */
    public static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** The length of the byte-order mark at the start of {@code b} (0 if none). */
    public static int offsetAfterBom(byte[] b) {
        Charset bom = bomCharset(b);
        if (bom == null) return 0;
        return bom == StandardCharsets.UTF_8 ? 3 : 2;
    }

    /** True when the bytes are well-formed UTF-8 (pure ASCII included). */
    public static boolean isUtf8(byte[] b) {
        return strictUtf8(b) != null;
    }

    /**
     * ICU's best plausible guess for a Chinese document: the most confident match among the GB family (→ GB18030),
     * Big5 (Traditional-script mirrors) and UTF-16/32 without BOM that also decodes the bytes without errors (on
     * short snippets ICU may rank Big5 above GBK); GB18030 when none does. Single-byte and Japanese/Korean guesses
     * are ignored: in these reports they are always misreadings of GBK text.
     */
    static Charset detect(byte[] b) {
        return detected(b).charset();
    }

    /** The bytes decoded with {@link #detect}'s charset. */
    static String decodeDetected(byte[] b) {
        return detected(b).text();
    }

    private record Detected(Charset charset, String text) {
    }

    /** The first guess that decodes the bytes cleanly, with its text (the check that it decodes is the decode). */
    private static Detected detected(byte[] b) {
        for (Charset cs : guesses(b)) {
            String s = strictDecode(b, cs);
            if (s != null) return new Detected(cs, s);
        }
        return new Detected(GB18030, new String(b, GB18030));
    }

    /**
     * ICU's candidate charsets for the bytes, most confident first. When no non-GB candidate decodes the bytes
     * cleanly, the answer is GB18030 whatever ICU ranks (a GB guess or the fallback), so ICU, which costs more than
     * the rest of a GBK document's extraction, is not run: the empty list stands for GB18030.
     */
    private static List<Charset> guesses(byte[] b) {
        if (OTHER_CANDIDATES.stream().noneMatch(cs -> decodesCleanly(b, cs))) return List.of();
        CharsetDetector d = new CharsetDetector();
        // Only the recognisers whose answers are used: ICU's single-byte n-gram recognisers cost milliseconds per
        // document and their guesses are always discarded.
        for (String cs : CharsetDetector.getAllDetectableCharsets()) d.setDetectableCharset(cs, isCandidate(cs));
        d.setText(b);
        CharsetMatch[] all = d.detectAll();
        List<Charset> out = new ArrayList<>();
        if (all != null) {
            for (CharsetMatch m : all) {
                if (isCandidate(m.getName())) out.add(normalise(m.getName(), GB18030));
            }
        }
        return out;
    }

    /** The charsets other than the GB family that {@link #isCandidate} admits among ICU's detectable ones. */
    private static final List<Charset> OTHER_CANDIDATES = List.of(Charset.forName("Big5"), StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"));

    /** Like {@link #strictDecode} but through a small buffer: mismatches fail within a few bytes, cheaply. */
    private static boolean decodesCleanly(byte[] b, Charset cs) {
        CharsetDecoder d = strict(cs);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(512);
        CoderResult r;
        while ((r = d.decode(in, out, true)).isOverflow()) out.clear();
        if (r.isError()) return false;
        out.clear();
        return !d.flush(out).isError();
    }

    private static boolean isCandidate(String charset) {
        String n = charset.toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("gb") || n.equals("big5") || n.startsWith("utf-16") || n.startsWith("utf-32");
    }

    /**
     * A charset name (from ICU or a {@code <meta charset>}) → a Java charset: GB2312/GBK/GB18030 (and aliases) →
     * GB18030; unknown names → {@code fallback}.
     */
    public static Charset normalise(String name, Charset fallback) {
        if (name == null || name.isBlank()) return fallback;
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        if (n.startsWith("gb") || n.equals("cp936") || n.equals("x-gbk") || n.equals("euc-cn")
                || n.equals("x-euc-cn") || n.equals("windows-936")) {
            return GB18030;
        }
        try {
            return Charset.forName(n);
        } catch (UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException e) {
            return fallback;
        }
    }
}
