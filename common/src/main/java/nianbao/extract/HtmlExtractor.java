package nianbao.extract;

import org.jsoup.Jsoup;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML (jsoup): text outside tables as line blocks, each {@code <tr>} as a row block with spans resolved (see
 * {@link HtmlWalker}), and HTML hidden in an escaped JavaScript string recovered (see {@link JsStrings}).
 *
 * <p>Charset: a BOM wins; then a {@code <meta charset>} / {@code http-equiv} declaration, except that a page declared
 * as something else whose bytes are valid, non-ASCII UTF-8 is read as UTF-8 (CMS templates copy stale GB2312 metas;
 * real GBK text is practically never valid UTF-8); then {@link TextDecoder}'s detection.
 */
final class HtmlExtractor implements Extractor {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public Page extract(byte[] bytes) {
        return new Page(blocks(decode(bytes)));
    }

    /** The reading: jsoup's HTML5 DOM walked by {@link HtmlWalker}. */
    static List<Page.Block> blocks(String html) {
        return new HtmlWalker().walk(Jsoup.parse(html));
    }

    static String decode(byte[] b) {
        String withBom = TextDecoder.decodeBom(b);
        if (withBom != null) return withBom;
        Charset declared = declared(b);
        String utf8 = TextDecoder.strictUtf8(b);
        if (utf8 != null && (declared == null || declared.equals(StandardCharsets.UTF_8) || hasNonAscii(b))) return utf8;
        return declared != null ? new String(b, declared) : TextDecoder.decodeDetected(b);
    }

    /** The charset a meta tag in the first 4 KB declares, or null. */
    static Charset declared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // A UTF-16 meta in an ASCII-compatible stream is a lie (the stream would have had a BOM or NULs).
        if (name.startsWith("utf-16") || name.startsWith("unicode")) return StandardCharsets.UTF_8;
        return TextDecoder.normalise(name, null);
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) return true;
        }
        return false;
    }
}
