package nianbao.meta;

import nianbao.model.Flags;
import nianbao.model.ReportBuilder;
import nianbao.place.DomainHints;
import nianbao.place.Gazetteer;
import nianbao.place.Mention;
import nianbao.place.Place;
import nianbao.place.PlaceLevel;
import nianbao.place.PlaceResolver;
import nianbao.place.Resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report's metadata from its text: agency, report year, is_department, level and place (via the gazetteer).
 * Fills the builder's agency, reportYear, isDepartment, level, province, prefecture, county, placeCode,
 * placeEvidence and the metadata flags. Only the head and tail of the text are read line by line; the rest is searched
 * with targeted patterns (the statistical period, ancestors of an ambiguous name). Thread-safe.
 *
 * <ul>
 *   <li>agency: see {@link AgencyReader} (signature, title, portal 发布机构, body), as the report writes it.</li>
 *   <li>level: central for State Council bodies named without a place; otherwise the level of the most specific place
 *       in the agency's name — departments take their government's level (嵩县教育局 → county, 洛阳市教育局 →
 *       prefecture, 楚雄市教育局 → county); unknown when there is no agency.</li>
 *   <li>place: {@link PlaceResolver}; {@code place_ambiguous} keeps only what all candidates share (often nothing),
 *       {@code place_unresolved} for names the 2023 codes lack (the county before them is kept) or no place at all.
 *       {@code place_evidence}: "county+township in name", "unique township name", "address line (…)",
 *       "ancestor named in text (…)", "domain x.gov.cn", "near match in X县 (…)", or what was ambiguous.</li>
 *   <li>year: {@link YearReader}; {@code year_conflict} when title and period disagree, or when the only one of them
 *       is contradicted by the signature date; {@code year_missing} when nothing gives a year.</li>
 * </ul>
 */
public final class MetadataReader {
    private static final int HEAD_LINES = 60;
    private static final int TAIL_LINES = 10;
    /** A place-like name before the institution words, for names the gazetteer does not know. */
    private static final Pattern PLACE_TOKEN = Pattern.compile(
            "^\\p{IsHan}{1,15}?(?:自治区|省|市|自治州|州|地区|盟|县|区|旗|镇|乡|街道|苏木)(?=人民政府|政府|办事处|$)");
    private static final Pattern PLACE_TOKEN_LAZY = Pattern.compile(
            "^\\p{IsHan}{1,10}?(?:省|市|州|县|区|旗|镇|乡|街道)");

    private MetadataReader() {
    }

    /**
     * @param text      the report's text (already normalised to Simplified script, spam removed)
     * @param sourceUrl where the file came from, or null
     * @param path      the file's path or URI (a gov.cn host in it is evidence too), or null
     */
    public static void read(String text, String sourceUrl, String path, ReportBuilder b) {
        if (text == null) text = "";
        Gazetteer g = Gazetteer.get();
        List<String> head = Lines.head(text, HEAD_LINES);
        TitleReader.Title title = TitleReader.read(head);
        String publisher = TitleReader.publisher(head);
        SignatureReader.Signature sig = SignatureReader.read(Lines.tail(text, TAIL_LINES));
        String titleName = title == null ? null : title.name();

        YearReader.Year year = YearReader.read(title == null ? null : title.text(), text, sig);
        b.reportYear(year.year());
        if (year.year() == null) b.flag(Flags.YEAR_MISSING);
        if (year.conflict()) b.flag(Flags.YEAR_CONFLICT);

        String agency = AgencyReader.choose(titleName, sig.body(), publisher, text, g);
        b.agency(agency);
        if (agency == null) {
            b.level("unknown");
            b.flag(Flags.PLACE_UNRESOLVED);
            return;
        }
        List<Mention> inAgency = g.scan(agency);
        int placeEnd = inAgency.isEmpty() ? -1 : inAgency.get(inAgency.size() - 1).end();
        AgencyKind kind = AgencyKind.of(agency, placeEnd);
        if (kind == null) {
            // Not central and no gazetteer name: maybe a place the 2023 codes do not have (东岗镇人民政府).
            placeEnd = placeTokenEnd(agency);
            if (placeEnd > 0) kind = AgencyKind.of(agency, placeEnd);
        }
        b.isDepartment(kind == null ? null : kind.isDepartment(agency));
        if (kind == AgencyKind.CENTRAL) {
            b.level("central");
            return;
        }

        List<String> phrases = new ArrayList<>(4);
        phrases.add(agency);
        if (titleName != null && !titleName.equals(agency)) phrases.add(titleName);
        if (sig.body() != null && !sig.body().equals(agency)) phrases.add(sig.body());
        if (publisher != null && !publisher.equals(agency)) phrases.add(publisher);
        String body = text;
        Resolution r = new PlaceResolver(g).resolve(phrases, text, () -> DomainHints.hosts(sourceUrl, path, body));
        fillPlace(r, agency, placeEnd, g, b);
    }

    private static void fillPlace(Resolution r, String agency, int placeEnd, Gazetteer g, ReportBuilder b) {
        b.placeEvidence(r.evidence());
        switch (r.status()) {
            case RESOLVED -> {
                Place p = r.place();
                b.level(p.level().id()).province(p.provinceShort()).prefecture(p.prefecture()).county(p.county())
                        .placeCode(p.code());
            }
            case AMBIGUOUS, UNRESOLVED -> {
                b.flag(r.status() == Resolution.Status.AMBIGUOUS ? Flags.PLACE_AMBIGUOUS : Flags.PLACE_UNRESOLVED);
                Place w = r.within();
                if (w != null) {
                    b.province(w.provinceShort()).prefecture(w.prefecture()).county(w.county());
                }
                b.level(levelOfName(r.name() != null ? r.name() : placeEnd > 0 ? agency.substring(0, placeEnd) : null, g));
            }
            case NONE -> {
                b.flag(Flags.PLACE_UNRESOLVED);
                b.level(levelOfName(placeEnd > 0 ? agency.substring(0, placeEnd) : null, g));
            }
        }
    }

    /** The level a name implies: the level all its gazetteer places share, else its suffix (镇 → township). */
    static String levelOfName(String name, Gazetteer g) {
        if (name == null) return "unknown";
        List<Place> places = g.byName(name);
        if (!places.isEmpty() && places.stream().allMatch(p -> p.level() == places.get(0).level())) {
            return places.get(0).level().id();
        }
        if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道") || name.endsWith("苏木")) return PlaceLevel.TOWNSHIP.id();
        if (name.endsWith("县") || name.endsWith("旗") || name.endsWith("区") && !name.endsWith("自治区") && !name.endsWith("地区")) {
            return PlaceLevel.COUNTY.id();
        }
        if (name.endsWith("州") || name.endsWith("盟") || name.endsWith("地区")) return PlaceLevel.PREFECTURE.id();
        if (name.endsWith("省") || name.endsWith("自治区")) return PlaceLevel.PROVINCE.id();
        return "unknown";
    }

    /** End of a place-like name the gazetteer does not know (东岗镇人民政府 → 3), or -1. */
    private static int placeTokenEnd(String agency) {
        Matcher m = PLACE_TOKEN.matcher(agency);
        if (m.find()) return m.end();
        m = PLACE_TOKEN_LAZY.matcher(agency);
        if (m.find()) return m.end();
        return -1;
    }
}
