package nianbao.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTML tag names {@link HtmlStream} knows, with the HTML5 parsing categories (as bits) that decide where text falls,
 * found straight from the markup's characters: a page has about two thousand tags, and making a String of each name
 * to look it up cost more than the rest of the tag scan.
 */
final class HtmlTags {
    static final int SPECIAL = 1, SCOPE = 1 << 1, LIST_SCOPE = 1 << 2, BUTTON_SCOPE = 1 << 3, TABLE_SCOPE = 1 << 4,
            IMPLIED_END = 1 << 5, BLOCK = 1 << 6, FORMATTING = 1 << 7, VOID = 1 << 8, P_CLOSER = 1 << 9,
            HEADING = 1 << 10, CLOSER = 1 << 11, DECLINE = 1 << 12, HEAD_ONLY = 1 << 13, SKIP = 1 << 14;

    private static final String[] NAMES;
    private static final char[][] NAME_CHARS;
    /** Names of up to {@link #MAX_PACKED} characters packed 7 bits a character (see {@link #pack}), else -1. */
    private static final long[] KEYS;
    static final int MAX_PACKED = 9;
    private static final int[] KINDS;
    /** Open addressing: slot → index into NAMES + 1 (0 = empty). */
    private static final int[] SLOTS = new int[1024];

    static {
        Map<String, Integer> m = new LinkedHashMap<>();
        add(m, SPECIAL, "address applet area article aside base basefont bgsound blockquote body br button caption "
                + "center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame "
                + "frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main "
                + "marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section "
                + "select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp");
        add(m, SCOPE, "applet caption html marquee object select table td template th");
        add(m, LIST_SCOPE, "ol ul");
        add(m, BUTTON_SCOPE, "button");
        add(m, TABLE_SCOPE, "html table template");
        add(m, IMPLIED_END, "dd dt li optgroup option p rb rp rt rtc");
        // HtmlWalker's block elements (those that can be open here; tr, td and th are table structure)
        add(m, BLOCK, "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd section article header footer nav main aside "
                + "blockquote pre hr center address form fieldset figure figcaption details summary");
        add(m, FORMATTING, "a b big code em font i nobr s small strike strong tt u");
        add(m, VOID, "area base basefont bgsound br col embed hr img input keygen link meta param source track wbr");
        add(m, P_CLOSER, "address article aside blockquote center details dialog dir div dl fieldset figcaption "
                + "figure footer header hgroup main menu nav ol p search section summary ul");
        add(m, HEADING, "h1 h2 h3 h4 h5 h6");
        add(m, CLOSER, "address article aside blockquote button center details dialog dir div dl fieldset "
                + "figcaption figure footer header hgroup listing main menu nav ol pre search section select summary ul");
        // not modelled: their parsing rules, or the walker's treatment of them, could move text
        add(m, DECLINE, "applet caption dialog dir frame frameset hgroup legend listing math menu "
                + "noembed noframes optgroup option plaintext rb rp rt rtc search select template xmp");
        add(m, HEAD_ONLY, "template noframes");
        // elements HtmlWalker skips whole but whose content jsoup parses as ordinary markup
        add(m, SKIP, "button object");
        // names with no category, looked up often: inline markup of CMS and Word pages
        add(m, 0, "span tbody thead tfoot o:p sup sub label image");
        NAMES = m.keySet().toArray(String[]::new);
        KINDS = m.values().stream().mapToInt(Integer::intValue).toArray();
        NAME_CHARS = new char[NAMES.length][];
        KEYS = new long[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            NAME_CHARS[i] = NAMES[i].toCharArray();
            long key = 0;
            for (char c : NAME_CHARS[i]) key = pack(key, c);
            KEYS[i] = NAMES[i].length() <= MAX_PACKED ? key : -1;
        }
        for (int i = 0; i < NAMES.length; i++) {
            int slot = slot(NAMES[i].hashCode());
            while (SLOTS[slot] != 0) slot = (slot + 1) & (SLOTS.length - 1);
            SLOTS[slot] = i + 1;
        }
    }

    private HtmlTags() {
    }

    private static void add(Map<String, Integer> m, int bits, String names) {
        for (String t : names.split(" ")) m.merge(t.intern(), bits, (a, b) -> a | b);
    }

    /**
     * The index of the known tag named by {@code s[start, end)} (ASCII case ignored), or -1. The caller computes, while
     * scanning the name, {@code hash} ({@link String#hashCode()} of the lower-cased name) and {@code key} (the
     * lower-cased characters {@link #pack}ed, for names of up to {@link #MAX_PACKED} characters): one comparison then
     * identifies a name.
     */
    static int find(int hash, long key, char[] s, int start, int end) {
        boolean packed = end - start <= MAX_PACKED;
        int slot = slot(hash);
        while (true) {
            int k = SLOTS[slot];
            if (k == 0) return -1;
            if (packed ? KEYS[k - 1] == key : matches(NAME_CHARS[k - 1], s, start, end)) return k - 1;
            slot = (slot + 1) & (SLOTS.length - 1);
        }
    }

    /** {@code key} with the lower-case ASCII character {@code c} appended (7 bits: nine characters fit a long). */
    static long pack(long key, char c) {
        return key << 7 | c;
    }

    /** Whether jsoup reads the element's content as raw text or RCDATA (its tag set's data and RCDATA tags). */
    static boolean isRawText(String name) {
        return switch (name) {
            case "title", "textarea", "iframe", "noembed", "noframes", "script", "style", "xmp" -> true;
            default -> false;
        };
    }

    static String name(int index) {
        return NAMES[index];
    }

    static int kind(int index) {
        return KINDS[index];
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 7)) & (SLOTS.length - 1);
    }

    private static boolean matches(char[] name, char[] s, int start, int end) {
        if (name.length != end - start) return false;
        for (int i = 0; i < name.length; i++) {
            if (name[i] != lower(s[start + i])) return false;
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
