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
import nianbao.text.Pinyin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
 *       prefecture, 楚雄市教育局 → county); a zone named after its city (长春新区管委会) one level below the city.
 *       Without an agency name, from how the text speaks of its body ({@link SelfReference}: 我镇 → township; 我局 →
 *       county only when the one government it follows is a county); else unknown.</li>
 *   <li>place: {@link PlaceResolver}; {@code place_ambiguous} keeps only what all candidates share (often nothing),
 *       {@code place_unresolved} for names the 2023 codes lack (the county before them is kept) or no place at all.
 *       {@code place_evidence}: "county+township in name", "unique township name", "address line (…)",
 *       "ancestor named in text (…)", "domain x.gov.cn", "near match in X县 (…)", "zone named after X市",
 *       "self-reference 我镇", or what was ambiguous. When the name does not place the body, the province comes from
 *       the places the text ties it to ({@link ContextPlaces}: the government it follows, its portal, the report
 *       notice it answers) or an official domain ({@link DomainHints#place}), recorded as "…; province from …".</li>
 *   <li>year: {@link YearReader} (title, statistical period, the year opening 总体情况, signature, publication
 *       date); {@code year_conflict} when title and period disagree, or when the only one of them
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
        // The parser hands over normalised text, where this finds nothing; other callers may pass a mirror's raw
        // text, whose inserted readings (「港區(qū)管理委員會」) would cut names short.
        text = Pinyin.strip(text);
        Gazetteer g = Gazetteer.get();
        List<String> head = Lines.head(text, HEAD_LINES);
        TitleReader.Title title = TitleReader.read(head);
        String publisher = TitleReader.publisher(head);
        SignatureReader.Signature sig = SignatureReader.read(Lines.tail(text, TAIL_LINES));
        String titleName = title == null ? null : title.name();

        // A page whose text prints no title (or no name in it) may carry one in its address.
        TitleReader.Title address = title == null || title.name().isEmpty() ? TitleReader.fromAddress(sourceUrl, path) : null;
        String titleText = title != null && YearReader.titleYear(title.text()) != null ? title.text()
                : address != null ? address.text() : title == null ? null : title.text();
        YearReader.Year year = YearReader.read(titleText, text, sig, head);
        b.reportYear(year.year());
        if (year.year() == null) b.flag(Flags.YEAR_MISSING);
        if (year.conflict()) b.flag(Flags.YEAR_CONFLICT);

        String addressName = address == null || address.name().isEmpty() ? null : address.name();
        String agency = AgencyReader.choose(titleName, sig.body(), publisher, addressName, text, g);
        b.agency(agency);
        String body = text;
        if (agency == null) {
            b.flag(Flags.PLACE_UNRESOLVED);
            unnamed(text, head, () -> DomainHints.hosts(sourceUrl, path, body), g, b);
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
        Supplier<List<String>> hosts = () -> DomainHints.hosts(sourceUrl, path, body);
        Resolution r = new PlaceResolver(g).resolve(phrases, text, hosts);
        if (kind == null && r.status() == Resolution.Status.RESOLVED && agency.startsWith(r.place().name())) {
            // A unit the scan does not see (某某农场人民政府), found by its whole name.
            b.isDepartment(AgencyKind.of(agency, r.place().name().length()).isDepartment(agency));
        }
        fillPlace(r, agency, placeEnd, g, b);
        // An ambiguous name's candidates were already weighed against the text and the domains.
        if (b.province() == null && r.status() != Resolution.Status.AMBIGUOUS) provinceFromContext(text, head, hosts, g, b);
    }

    /**
     * A report that never names its body (「我局」, 「我镇」): the level from how it speaks of itself — a department's from
     * the county whose plan it follows, if that is all it names — and the province from the places it ties itself to.
     */
    private static void unnamed(String text, List<String> head, Supplier<List<String>> hosts, Gazetteer g, ReportBuilder b) {
        b.level("unknown");
        SelfReference.Kind self = SelfReference.read(text);
        if (self == null) {
            provinceFromContext(text, head, hosts, g, b);
            return;
        }
        String word = SelfReference.word(text, self);
        b.isDepartment(self == SelfReference.Kind.DEPARTMENT);
        ContextPlaces.Found governing = ContextPlaces.governing(text, g);
        if (self.level != null) {
            b.level(self.level).placeEvidence("self-reference " + word);
        } else if (governing != null && governing.level() == PlaceLevel.COUNTY) {
            // A department follows its own government's plan; no department sits below a county.
            b.level(PlaceLevel.COUNTY.id()).placeEvidence("self-reference " + word + ", " + governing.evidence());
        }
        provinceFromContext(text, head, hosts, g, b);
    }

    /**
     * The province of a body whose own name does not place it, from the first place the text ties it to: the
     * government it follows, the portal it is published on, the government whose report notice it answers, an
     * official domain. Each must be one place; its province (and its prefecture, when it lies in one) is all that is taken,
     * as the body may be any of the bodies within.
     */
    private static void provinceFromContext(String text, List<String> head, Supplier<List<String>> hosts, Gazetteer g,
                                            ReportBuilder b) {
        if ("central".equals(b.level())) return;
        ContextPlaces.Found f = ContextPlaces.governing(text, g);
        Place p = f == null ? null : f.place();
        if (p == null) {
            f = ContextPlaces.portal(head, Lines.tail(text, TAIL_LINES), g);
            p = f == null ? null : f.place();
        }
        if (p == null) {
            f = ContextPlaces.notice(text, g);
            p = f == null ? null : f.place();
        }
        String evidence = f == null ? null : f.evidence();
        if (p == null) {
            String host = null;
            for (String h : hosts.get()) {
                Place q = DomainHints.place(h, g);
                if (q == null) continue;
                if (p != null && !p.provinceCode().equals(q.provinceCode())) return; // hosts of two provinces
                if (p == null || q.level().compareTo(p.level()) > 0) {
                    p = q;
                    host = h;
                }
            }
            evidence = host == null ? null : "domain " + host;
        }
        if (p == null) return;
        b.province(p.provinceShort());
        if (b.prefecture() == null && p.level().compareTo(PlaceLevel.PREFECTURE) >= 0) b.prefecture(p.prefecture());
        b.placeEvidence((b.placeEvidence() == null ? "" : b.placeEvidence() + "; ") + "province from " + evidence);
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
