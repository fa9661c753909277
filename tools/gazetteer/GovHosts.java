import nianbao.place.Gazetteer;
import nianbao.place.Names;
import nianbao.place.Place;
import nianbao.place.PlaceLevel;

import com.ibm.icu.text.Transliterator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds common/src/main/resources/nianbao/place/gov-hosts.tsv: the hand-listed provincial portal labels
 * (province-hosts.tsv) and, for prefectures, the full pinyin of the name without its suffix (长春市 → changchun,
 * 楚雄彝族自治州 → chuxiong) where no other prefecture or county spells the same (福州/抚州 → fuzhou is left out).
 * Run by regenerate-hosts.sh with the compiled common classes and ICU4J on the classpath.
 */
public class GovHosts {
    private static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    private static final String[] SUFFIXES = {"地区", "市", "县", "区", "州", "盟", "旗"};

    public static void main(String[] args) throws Exception {
        Map<String, String> provinces = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            provinces.put(f[0], f[1]);
        }
        Map<String, List<Place>> byKey = new HashMap<>();
        for (Place p : Gazetteer.get().all()) {
            if (p.pseudo() || p.level() != PlaceLevel.PREFECTURE && p.level() != PlaceLevel.COUNTY) continue;
            // Autonomous prefectures go by their short form (楚雄彝族自治州 → 楚雄州 → chuxiong).
            List<String> names = new ArrayList<>(Names.aliases(p.name(), p.level()));
            if (names.isEmpty()) names.add(p.name());
            for (String n : names) {
                String key = pinyin(base(n));
                if (key != null) byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# label before gov.cn\tdivision code\t(see README.md; built by tools/gazetteer/regenerate-hosts.sh)\n");
        provinces.forEach((label, code) -> out.append(label).append('\t').append(code).append('\n'));
        Map<String, String> prefectures = new TreeMap<>();
        // A prefecture's spelling shared only with its own counties (楚雄州 and 楚雄市) still names the prefecture.
        byKey.forEach((key, places) -> {
            String prefecture = null;
            for (Place p : places) {
                if (p.level() == PlaceLevel.PREFECTURE) prefecture = prefecture == null ? p.code() : "-";
            }
            if (prefecture == null || prefecture.equals("-") || key.length() < 4 || provinces.containsKey(key)) return;
            for (Place p : places) {
                if (!p.code().startsWith(prefecture)) return;
            }
            prefectures.put(key, prefecture);
        });
        prefectures.forEach((label, code) -> out.append(label).append('\t').append(code).append('\n'));
        Files.writeString(Path.of(args[1]), out.toString());
    }

    private static String base(String name) {
        for (String s : SUFFIXES) {
            if (name.endsWith(s) && name.length() > s.length() + 1) return name.substring(0, name.length() - s.length());
        }
        return name;
    }

    /** Readings of place names where ICU's default reading is another (长春 is changchun, not zhangchun). */
    private static final Map<Character, String> PLACE_READINGS = Map.of('长', "chang", '厦', "xia", '蚌', "beng", '重', "chong");

    private static String pinyin(String han) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < han.length(); i++) {
            char c = han.charAt(i);
            String r = PLACE_READINGS.get(c);
            sb.append(r != null ? r : HAN_LATIN.transliterate(String.valueOf(c)));
        }
        String latin = sb.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return latin.isEmpty() ? null : latin;
    }
}
