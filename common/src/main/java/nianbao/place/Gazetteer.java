package nianbao.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * China's divisions down to township level (2023 statistical codes, see {@code nianbao/place/README.md}), loaded once
 * per JVM on first use and immutable afterwards, so it is safe to share between threads.
 */
public final class Gazetteer {
    public static final String RESOURCE = "/nianbao/place/gazetteer.tsv.gz";

    /** Characters a division name ends with, for scanning texts; rarer endings (农场, 管委会) are found by exact lookup. */
    private static final String SCAN_SUFFIXES = "省市区县州盟旗镇乡道木";

    /** Names in the codes that are also plain words (two rows are named just 街道): never a mention on their own. */
    private static final java.util.Set<String> NOT_SCANNED = java.util.Set.of("街道");

    private final List<Place> all;
    private final Map<String, Place> byCode;
    private final Map<String, List<Place>> byName;
    private final Map<String, List<Place>> children;
    private final EnumMap<PlaceLevel, Integer> counts;
    /** For each scan suffix character, the lengths of indexed names ending with it, longest first. */
    private final Map<Character, int[]> scanLengths;

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    /** The shared instance, loaded from the classpath on first call. */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    private Gazetteer(List<Place> all) {
        this.all = Collections.unmodifiableList(all);
        this.byCode = new HashMap<>(all.size() * 2);
        Map<String, List<Place>> names = new HashMap<>(all.size() * 2);
        Map<String, List<Place>> kids = new HashMap<>(8_000);
        this.counts = new EnumMap<>(PlaceLevel.class);
        for (PlaceLevel l : PlaceLevel.values()) counts.put(l, 0);
        for (Place p : all) {
            byCode.put(p.code(), p);
            if (p.parentCode() != null) kids.computeIfAbsent(p.parentCode(), k -> new ArrayList<>()).add(p);
            if (p.pseudo()) continue;
            counts.merge(p.level(), 1, Integer::sum);
            index(names, p.name(), p);
            for (String alias : Names.aliases(p.name(), p.level())) index(names, alias, p);
        }
        Map<String, List<Place>> frozen = new HashMap<>(names.size() * 2);
        Map<Character, java.util.TreeSet<Integer>> lengths = new HashMap<>();
        for (Map.Entry<String, List<Place>> e : names.entrySet()) {
            frozen.put(e.getKey(), List.copyOf(e.getValue()));
            String n = e.getKey();
            char last = n.charAt(n.length() - 1);
            if (SCAN_SUFFIXES.indexOf(last) >= 0 && n.length() >= 2 && !NOT_SCANNED.contains(n)) {
                lengths.computeIfAbsent(last, k -> new java.util.TreeSet<>(Collections.reverseOrder())).add(n.length());
            }
        }
        this.byName = frozen;
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = kids;
        this.scanLengths = new HashMap<>();
        lengths.forEach((c, set) -> scanLengths.put(c, set.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static void index(Map<String, List<Place>> names, String name, Place p) {
        List<Place> list = names.computeIfAbsent(Names.canonical(name), k -> new ArrayList<>(1));
        if (!list.contains(p)) list.add(p);
    }

    static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("gazetteer resource missing from the classpath: " + RESOURCE);
            return parse(new String(new GZIPInputStream(in, 1 << 16).readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        }
    }

    /**
     * Parses the TSV format described in the resource's README (parents before children). Hand-rolled over one
     * string because this runs once per JVM, cold, and line readers plus split cost several times more.
     */
    static Gazetteer parse(String tsv) {
        List<Place> places = new ArrayList<>(45_000);
        Map<String, Place> seen = new HashMap<>(64_000);
        int pos = 0;
        int lineNo = 0;
        while (pos < tsv.length()) {
            lineNo++;
            int nl = tsv.indexOf('\n', pos);
            int end = nl < 0 ? tsv.length() : nl;
            if (end > pos) {
                int t1 = tsv.indexOf('\t', pos);
                int t2 = t1 < 0 ? -1 : tsv.indexOf('\t', t1 + 1);
                int t3 = t2 < 0 ? -1 : tsv.indexOf('\t', t2 + 1);
                if (t1 < 0 || t3 < 0 || t3 >= end) {
                    throw new IllegalStateException("gazetteer line " + lineNo + ": expected 4 tab-separated fields");
                }
                String code = tsv.substring(pos, t1);
                String parentCode = t2 == t1 + 1 ? null : tsv.substring(t1 + 1, t2);
                String name = tsv.substring(t2 + 1, t3);
                boolean pseudo = tsv.charAt(t3 + 1) == '1';
                Place parent = parentCode == null ? null : seen.get(parentCode);
                if (parentCode != null && parent == null) {
                    throw new IllegalStateException("gazetteer line " + lineNo + ": parent " + parentCode + " of " + code
                            + " not seen before");
                }
                Place p = place(code, parentCode, name, pseudo, parent);
                seen.put(code, p);
                places.add(p);
            }
            pos = end + 1;
        }
        return new Gazetteer(places);
    }

    private static Place place(String code, String parentCode, String name, boolean pseudo, Place parent) {
        PlaceLevel level = PlaceLevel.ofCode(code);
        String own = pseudo ? null : name;
        String province = level == PlaceLevel.PROVINCE ? name : parent.province();
        String prefecture = level == PlaceLevel.PREFECTURE ? own
                : level.compareTo(PlaceLevel.PREFECTURE) > 0 ? parent.prefecture() : null;
        String county = level == PlaceLevel.COUNTY ? own : level == PlaceLevel.TOWNSHIP ? parent.county() : null;
        return new Place(code, name, level, parentCode, pseudo, province, prefecture, county);
    }

    /** Every row in code order by level (provinces first), pseudo rows included; see {@link Place#pseudo()}. */
    public List<Place> all() {
        return all;
    }

    public Optional<Place> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The real (non-pseudo) places bearing this name or one of its short forms (楚雄州, 西藏), with variant
     * characters tolerated; empty if none.
     */
    public List<Place> byName(String name) {
        List<Place> l = byName.get(Names.canonical(name));
        return l == null ? List.of() : l;
    }

    /** Number of real divisions at a level (pseudo rows excluded): the denominators for coverage statistics. */
    public int count(PlaceLevel level) {
        return counts.get(level);
    }

    /**
     * The real places directly below {@code code}. Pseudo rows are looked through: 北京市's children are its districts
     * (under 市辖区), 东莞市's are its townships.
     */
    public List<Place> children(String code) {
        List<Place> out = new ArrayList<>();
        for (Place c : children.getOrDefault(code, List.of())) {
            if (c.pseudo()) out.addAll(children(c.code()));
            else out.add(c);
        }
        return out;
    }

    /**
     * The division names in {@code text[from, to)} that end in a common suffix (省市区县州盟旗镇乡街道苏木), keeping
     * only maximal matches: in 工布江达镇 the township 江达镇 is not reported. Ordered by position.
     */
    public List<Mention> scan(CharSequence text, int from, int to) {
        String s = Names.canonical(text.subSequence(Math.max(0, from), Math.min(text.length(), to)));
        int offset = Math.max(0, from);
        List<Mention> found = new ArrayList<>();
        for (int end = 1; end <= s.length(); end++) {
            int[] lens = scanLengths.get(s.charAt(end - 1));
            if (lens == null) continue;
            for (int len : lens) {
                int start = end - len;
                if (start < 0) continue;
                List<Place> places = byName.get(s.substring(start, end));
                if (places != null && !NOT_SCANNED.contains(s.substring(start, end))) {
                    found.add(new Mention(start + offset, end + offset, s.substring(start, end), places));
                    break; // the longest name ending here; shorter ones inside it are not separate mentions
                }
            }
        }
        List<Mention> maximal = new ArrayList<>(found.size());
        for (Mention m : found) {
            boolean inside = false;
            for (Mention o : found) {
                if (o != m && o.contains(m)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) maximal.add(m);
        }
        return splitOverlaps(maximal, s, offset);
    }

    /**
     * 汾阳市西河街道: 汾阳市 and 市西河街道 (a real township in 贵州) overlap on 市. Names are written back to back, so
     * when the rest after the overlap (西河街道) or the part before it is a name too, that split is the reading.
     */
    private List<Mention> splitOverlaps(List<Mention> ms, String s, int offset) {
        if (ms.size() < 2) return ms;
        List<Mention> out = new ArrayList<>(ms);
        for (int i = 1; i < out.size(); i++) {
            Mention a = out.get(i - 1);
            Mention b = out.get(i);
            if (b.start() >= a.end()) continue;
            String after = s.substring(a.end() - offset, b.end() - offset);
            String before = s.substring(a.start() - offset, b.start() - offset);
            if (after.length() >= 2 && byName.containsKey(after)) {
                out.set(i, new Mention(a.end(), b.end(), after, byName.get(after)));
            } else if (before.length() >= 2 && byName.containsKey(before)) {
                out.set(i - 1, new Mention(a.start(), b.start(), before, byName.get(before)));
            }
        }
        return out;
    }

    public List<Mention> scan(CharSequence text) {
        return scan(text, 0, text.length());
    }
}
