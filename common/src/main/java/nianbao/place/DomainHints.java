package nianbao.place;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * gov.cn host names as place evidence. Portals name themselves by pinyin: {@code www.jaxzf.gov.cn} is 靖安县政府
 * (initials j-a-x), {@code www.jxjaxzf.gov.cn} adds 江西's jx, {@code yongchuan.gov.cn} spells the name out. Used only to
 * choose among the candidates of an ambiguous name, never to find a place from scratch.
 */
public final class DomainHints {
    /** Suffix characters whose pinyin initial portals include (靖安县 → jax), dropped for the spelled-out form. */
    private static final String SUFFIXES = "省市区县州盟旗镇乡";

    private DomainHints() {
    }

    /** The table of official hosts (gov-hosts.tsv): the label before gov.cn → a province or prefecture code. */
    public static final String HOSTS_RESOURCE = "/nianbao/place/gov-hosts.tsv";

    private static final class Table {
        static final Map<String, String> CODES = load();

        private static Map<String, String> load() {
            Map<String, String> out = new java.util.HashMap<>();
            try (var in = DomainHints.class.getResourceAsStream(HOSTS_RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + HOSTS_RESOURCE);
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] f = line.split("\t");
                    out.put(f[0], f[1]);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(HOSTS_RESOURCE, e);
            }
            return Map.copyOf(out);
        }
    }

    /**
     * The province or prefecture whose own gov.cn label the host is under ({@code qionghai.hainan.gov.cn} → 海南省,
     * {@code gxj.wuhai.gov.cn} → 乌海市), or null. Only the label right before gov.cn is looked up: that name is owned
     * by one government, every other label is its own choice of words.
     */
    public static Place place(String host, Gazetteer g) {
        if (host == null || !host.endsWith(".gov.cn")) return null;
        String rest = host.substring(0, host.length() - ".gov.cn".length());
        String label = rest.substring(rest.lastIndexOf('.') + 1);
        String code = Table.CODES.get(label);
        return code == null ? null : g.byCode(code).orElse(null);
    }

    /** The distinct gov.cn hosts in the given texts (a URL, a path, the report text), lower case, in order. */
    public static List<String> hosts(String... texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : texts) {
            if (t == null) continue;
            // Walk back from each "gov.cn" over host characters: far cheaper than a regex over a long text.
            String lower = t.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(".gov.cn"); at >= 0; at = lower.indexOf(".gov.cn", at + 1)) {
                int end = at + ".gov.cn".length();
                if (end < lower.length() && isHostChar(lower.charAt(end)) && lower.charAt(end) != '.') continue;
                int start = at;
                while (start > 0 && isHostChar(lower.charAt(start - 1))) start--;
                if (start < at) out.add(lower.substring(start, end));
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isHostChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    /** The first host whose labels (before gov.cn) contain a pinyin key of {@code name}, or null. */
    public static String matchingHost(List<String> hosts, String name) {
        if (hosts.isEmpty() || name == null) return null;
        List<String> keys = keys(name);
        for (String host : hosts) {
            String labels = host.substring(0, host.length() - "gov.cn".length()).replace("www.", "");
            for (String key : keys) {
                if (labels.contains(key)) return host;
            }
        }
        return null;
    }

    /** Pinyin keys per county or prefecture name (a few thousand at most), computed once: transliteration is slow. */
    private static final Map<String, List<String>> KEYS = new ConcurrentHashMap<>();

    /** 靖安县 → [jingan, jax]; keys shorter than 3 letters are too common to be evidence. */
    static List<String> keys(String name) {
        return KEYS.computeIfAbsent(name, DomainHints::computeKeys);
    }

    private static List<String> computeKeys(String name) {
        List<String> keys = new ArrayList<>(2);
        String base = name.length() > 2 && SUFFIXES.indexOf(name.charAt(name.length() - 1)) >= 0
                ? name.substring(0, name.length() - 1) : name;
        String[] syllables = HanLatin.syllables(name);
        if (syllables.length != name.length()) return keys;
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < syllables.length; i++) {
            if (syllables[i].isEmpty()) return List.of();
            if (i < base.length()) full.append(syllables[i]);
            initials.append(syllables[i].charAt(0));
        }
        if (full.length() >= 4) keys.add(full.toString());
        if (initials.length() >= 3) keys.add(initials.toString());
        return List.copyOf(keys);
    }

    /** ICU's Han-Latin transliterator: slow to build (≈0.5 s), so built on first use; not thread-safe, so locked. */
    private static final class HanLatin {
        private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

        static String[] syllables(String han) {
            String latin;
            synchronized (HAN_LATIN) {
                latin = HAN_LATIN.transliterate(han);
            }
            return latin.trim().toLowerCase(Locale.ROOT).split("\\s+");
        }
    }
}
