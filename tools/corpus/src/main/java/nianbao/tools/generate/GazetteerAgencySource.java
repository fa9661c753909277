package nianbao.tools.generate;

import nianbao.place.Gazetteer;
import nianbao.place.Place;
import nianbao.place.PlaceLevel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Reporting bodies over the project's gazetteer ({@link Gazetteer}: every province, prefecture, county and township
 * of the 2023 statistical division codes), with the level proportions of {@link Population}. Places are drawn
 * uniformly within a level; the truth's province, prefecture, county and place code are the gazetteer's.
 */
public final class GazetteerAgencySource implements AgencySource {
    private final Map<PlaceLevel, List<Place>> byLevel = new EnumMap<>(PlaceLevel.class);

    public GazetteerAgencySource(Gazetteer g) {
        for (PlaceLevel l : PlaceLevel.values()) byLevel.put(l, new ArrayList<>());
        for (Place p : g.all()) if (!p.pseudo()) byLevel.get(p.level()).add(p);
        for (PlaceLevel l : PlaceLevel.values()) {
            if (byLevel.get(l).isEmpty()) throw new IllegalStateException("the gazetteer has no " + l.id() + " places");
        }
    }

    @Override
    public String describe() {
        return "gazetteer (" + byLevel.get(PlaceLevel.PROVINCE).size() + " provinces, " + byLevel.get(PlaceLevel.COUNTY).size()
                + " counties, " + byLevel.get(PlaceLevel.TOWNSHIP).size() + " townships; 2023 division codes)";
    }

    @Override
    public Agency draw(SplittableRandom rnd) {
        Population.Kind kind = Population.drawKind(rnd);
        return switch (kind) {
            case CENTRAL -> {
                String n = Draw.pick(rnd, Population.CENTRAL_BODIES);
                yield new Agency(n, Population.self(n), "central", true, null, null, null, null, "www.gov.cn");
            }
            case PROVINCE_GOV, PROVINCE_DEPT -> {
                Place p = Draw.pick(rnd, byLevel.get(PlaceLevel.PROVINCE));
                String n = p.name() + (kind == Population.Kind.PROVINCE_GOV ? "人民政府" : Draw.pick(rnd, Population.PROVINCE_DEPARTMENTS));
                yield agency(n, "province", kind == Population.Kind.PROVINCE_DEPT, p);
            }
            case PREFECTURE_GOV, PREFECTURE_DEPT -> {
                Place p = Draw.pick(rnd, byLevel.get(PlaceLevel.PREFECTURE));
                String n = p.name() + (kind == Population.Kind.PREFECTURE_GOV ? "人民政府" : Draw.pick(rnd, Population.LOCAL_DEPARTMENTS));
                yield agency(n, "prefecture", kind == Population.Kind.PREFECTURE_DEPT, p);
            }
            case COUNTY_GOV, COUNTY_DEPT -> {
                Place p = Draw.pick(rnd, byLevel.get(PlaceLevel.COUNTY));
                String n = p.name() + (kind == Population.Kind.COUNTY_GOV ? "人民政府" : Draw.pick(rnd, Population.LOCAL_DEPARTMENTS));
                yield agency(n, "county", kind == Population.Kind.COUNTY_DEPT, p);
            }
            default -> {
                Place p = Draw.pick(rnd, byLevel.get(PlaceLevel.TOWNSHIP));
                String gov = p.name().endsWith("街道") ? p.name() + "办事处"
                        : p.name().endsWith("办事处") || p.name().endsWith("公所") ? p.name() : p.name() + "人民政府";
                // Half the titles carry the county too, as 靖安县宝峰镇人民政府 does.
                String n = p.county() != null && rnd.nextInt(2) == 0 ? p.county() + gov : gov;
                yield new Agency(n, Population.self(gov), "township", false, p.provinceShort(), p.prefecture(),
                        p.county(), p.code(), SampleAgencySource.domain(p.county() != null ? p.county() : p.province(), p.name()));
            }
        };
    }

    private static Agency agency(String name, String level, boolean department, Place p) {
        return new Agency(name, Population.self(name), level, department, p.provinceShort(), p.prefecture(), p.county(),
                p.code(), SampleAgencySource.domain(p.name(), null));
    }

    /** The gazetteer when its resource is on the class path, else the built-in sample. */
    public static AgencySource best() {
        if (GazetteerAgencySource.class.getResource(Gazetteer.RESOURCE) == null) return new SampleAgencySource();
        return new GazetteerAgencySource(Gazetteer.get());
    }
}
