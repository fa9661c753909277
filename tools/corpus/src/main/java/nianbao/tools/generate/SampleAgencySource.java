package nianbao.tools.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Reporting bodies over a small built-in sample of real places ({@code nianbao/tools/generate/sample-places.txt}): every
 * province, and for most of them a prefecture or two with counties and townships. Used until the gazetteer
 * ({@code nianbao.place.Gazetteer}) reaches main. Level proportions come from {@link Population}.
 */
public final class SampleAgencySource implements AgencySource {
    private record Province(String full, String shortName, List<Prefecture> prefectures) {
    }

    private record Prefecture(String name, Province province, List<County> counties) {
    }

    private record County(String name, Prefecture prefecture, List<String> townships) {
    }

    private final List<Province> provinces = new ArrayList<>();
    private final List<County> counties = new ArrayList<>();
    private final List<Prefecture> prefectures = new ArrayList<>();

    public SampleAgencySource() {
        try (InputStream in = SampleAgencySource.class.getResourceAsStream("/nianbao/tools/generate/sample-places.txt")) {
            if (in == null) throw new IllegalStateException("resource nianbao/tools/generate/sample-places.txt is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Province p = null;
            Prefecture c = null;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.trim().split("\\s+");
                switch (f[0]) {
                    case "P" -> provinces.add(p = new Province(f[1], f[2], new ArrayList<>()));
                    case "C" -> {
                        c = new Prefecture(f[1], p, new ArrayList<>());
                        p.prefectures().add(c);
                        prefectures.add(c);
                    }
                    case "X" -> {
                        County x = new County(f[1], c, List.of(f).subList(2, f.length));
                        c.counties().add(x);
                        counties.add(x);
                    }
                    default -> throw new IllegalStateException("sample-places.txt: bad line '" + line + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return "built-in sample of real places (" + provinces.size() + " provinces, " + counties.size()
                + " counties); the gazetteer replaces it when available";
    }

    @Override
    public Agency draw(SplittableRandom rnd) {
        Population.Kind kind = Population.drawKind(rnd);
        switch (kind) {
            case CENTRAL -> {
                String n = pick(rnd, Population.CENTRAL_BODIES);
                return new Agency(n, Population.self(n), "central", true, null, null, null, null, "www.gov.cn");
            }
            case PROVINCE_GOV, PROVINCE_DEPT -> {
                Province p = pick(rnd, provinces);
                String n = p.full() + (kind == Population.Kind.PROVINCE_GOV ? "人民政府" : pick(rnd, Population.PROVINCE_DEPARTMENTS));
                return new Agency(n, Population.self(n), "province", kind == Population.Kind.PROVINCE_DEPT,
                        p.shortName(), null, null, null, domain(p.shortName(), null));
            }
            case PREFECTURE_GOV, PREFECTURE_DEPT -> {
                Prefecture c = pick(rnd, prefectures);
                String n = c.name() + (kind == Population.Kind.PREFECTURE_GOV ? "人民政府" : pick(rnd, Population.LOCAL_DEPARTMENTS));
                return new Agency(n, Population.self(n), "prefecture", kind == Population.Kind.PREFECTURE_DEPT,
                        c.province().shortName(), c.name(), null, null, domain(c.name(), null));
            }
            case COUNTY_GOV, COUNTY_DEPT -> {
                County x = pick(rnd, counties);
                String n = x.name() + (kind == Population.Kind.COUNTY_GOV ? "人民政府" : pick(rnd, Population.LOCAL_DEPARTMENTS));
                return new Agency(n, Population.self(n), "county", kind == Population.Kind.COUNTY_DEPT,
                        x.prefecture().province().shortName(), x.prefecture().name(), x.name(), null, domain(x.name(), null));
            }
            default -> {
                County x = pick(rnd, counties);
                String t = pick(rnd, x.townships());
                String gov = t.endsWith("街道") ? t + "办事处" : t + "人民政府";
                // Half the titles carry the county too, as 靖安县宝峰镇人民政府 does.
                String n = rnd.nextInt(2) == 0 ? x.name() + gov : gov;
                return new Agency(n, Population.self(gov), "township", false, x.prefecture().province().shortName(),
                        x.prefecture().name(), x.name(), null, domain(x.name(), t));
            }
        }
    }

    private static <T> T pick(SplittableRandom rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** A plausible portal host, stable per place (the real host is not known from the sample). */
    static String domain(String place, String sub) {
        int h = Math.abs((place + "/" + (sub == null ? "" : sub)).hashCode());
        String letters = Integer.toString(h, 36).toLowerCase(Locale.ROOT);
        return "www." + letters.substring(0, Math.min(6, letters.length())) + ".gov.cn";
    }
}
