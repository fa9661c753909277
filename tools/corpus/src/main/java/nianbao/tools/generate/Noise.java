package nianbao.tools.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The kinds of real-world mess the generator can apply, each switchable and recorded in the truth ({@code noise}).
 * {@code real} is a realistic mix at realistic rates, {@code heavy} a lot of everything. Some kinds only occur in
 * some formats (site banners and mirror copies are web pages; a PDF's subset font has no Traditional glyphs).
 */
public enum Noise {
    /** Blank cells where the value is 0. */
    BLANK_ZERO("blank_zero", 0.10, 0.5),
    /** "/" cells (rows of 「/」 where nothing applies). */
    SLASH("slash", 0.03, 0.3),
    /** Blank cells dropped: a row shrinks to its printed values, positions lost. */
    COLLAPSED("collapsed", 0.04, 0.4),
    /** The text stops mid-table. */
    TRUNCATED("truncated", 0.02, 0.25),
    /** The whole text in Traditional script (mirror sites). */
    TRADITIONAL("traditional", 0.02, 0.3),
    /** Gambling-site strings injected into the title, the site name and the text. */
    SPAM("spam", 0.03, 0.4),
    /** Letter-spaced header cells: 自 然 人, 规    章. */
    SPACED_HEADERS("spaced_headers", 0.05, 0.5),
    /** Row labels lost: blank label cells, values still in form order. */
    LOST_LABELS("lost_labels", 0.03, 0.3),
    /** Digits dropped from the year in boilerplate (统计期限为202011日至20201231日). */
    YEAR_DIGITS("year_digits", 0.03, 0.4),
    /** A duplicate of another report at another path, in Traditional script. */
    MIRROR("mirror", 0.03, 0.15),
    /** Site banners, menus and footers around the report. */
    BANNER("banner", 0.25, 0.7),
    /** Header cells broken over two lines (本年新 / 制作数量), cut short (本年增/), or cut to 本年新 | 本年新 (real n05–n07, n10, s02, s06, s07). */
    BROKEN_HEADERS("broken_headers", 0.12, 0.5),
    /** One cell per line with a blank line after every cell and stray blank lines inside rows (real n04, n05, s01). */
    BLANK_LINES("blank_lines", 0.10, 0.5),
    /** Section-二 rows printed as a label with no cells at all: the next label follows (real s08, s03). */
    MISSING_CELLS("missing_cells", 0.04, 0.3),
    /** One cell spanning both columns of the 收费 row: which column it belongs to is unknown (real n04). */
    MERGED_CELL("merged_cell", 0.02, 0.3),
    /** Signed changes: 「+3」 for a rise, 「--253」 for a fall (real n09, n10). */
    SIGNED("signed", 0.05, 0.5),
    /** Stray 「|」 and 「||||」 lines between the cells of pipe layouts (real n01). */
    STRAY_PIPES("stray_pipes", 0.05, 0.5),
    /** Runs of (non-breaking) spaces inside cells: 「  240」, 「商业 企业」 (real n02, n07, s01, s10). */
    CELL_SPACES("cell_spaces", 0.08, 0.5),
    /** Traditional-script mirror with toned pinyin after some characters: 規(guī)范性文件, 數(shù)量 (real n11). */
    PINYIN("pinyin", 0.01, 0.2),
    /** The 湖北 variant: instructions inside header cells and an extra 其他主动公开文件 row (real s03). */
    HUBEI("hubei", 0.02, 0.3),
    /** Edited section-三 labels: 本年(2021)新收, 上年(2020)结转, 1.予以公开 (real s11). */
    EDITED_LABELS("edited_labels", 0.03, 0.4),
    /** Numbering as enclosed characters: ㈠予以公开, ⑴属于国家秘密. */
    ENCLOSED_NUMERALS("enclosed_numerals", 0.02, 0.4),
    /** No title line: the title is only quoted in the opening sentence (real n02, n03). */
    NO_TITLE("no_title", 0.03, 0.3),
    /** A leave-site prompt banner before the report (real n03, n12). */
    LEAVE_SITE("leave_site", 0.02, 0.3),
    /** A title without the year (the year only in the statistical period and the prose), sometimes a 「发布日期：」 line (real n10, n03). */
    TITLE_NO_YEAR("title_no_year", 0.04, 0.3);

    public final String id;
    final double realRate;
    final double heavyRate;

    Noise(String id, double realRate, double heavyRate) {
        this.id = id;
        this.realRate = realRate;
        this.heavyRate = heavyRate;
    }

    public static Noise of(String id) {
        for (Noise n : values()) if (n.id.equals(id.trim().toLowerCase(Locale.ROOT))) return n;
        throw new IllegalArgumentException("unknown noise kind '" + id + "'; known: none, real, heavy, " + ids());
    }

    public static String ids() {
        List<String> s = new ArrayList<>();
        for (Noise n : values()) s.add(n.id);
        return String.join(", ", s);
    }

    /** Whether the kind can occur in a document of this format. */
    public boolean appliesTo(String format) {
        return switch (this) {
            case BANNER, MIRROR, TRUNCATED, PINYIN, LEAVE_SITE -> format.equals("txt") || format.equals("html");
            case BLANK_LINES, STRAY_PIPES -> format.equals("txt");
            case TRADITIONAL -> !format.equals("pdf");
            default -> true;
        };
    }

    /**
     * A noise setting from the command line: {@code none}, {@code real}, {@code heavy}, or a comma-separated list of
     * kinds (each applied to every document it applies to).
     */
    public record Mix(String name, Set<Noise> fixed, boolean heavy) {
        public static Mix parse(String s) {
            String v = s == null ? "none" : s.trim().toLowerCase(Locale.ROOT);
            return switch (v) {
                case "none", "" -> new Mix("none", EnumSet.noneOf(Noise.class), false);
                case "real" -> new Mix("real", null, false);
                case "heavy" -> new Mix("heavy", null, true);
                default -> {
                    Set<Noise> set = EnumSet.noneOf(Noise.class);
                    for (String k : v.split(",")) if (!k.isBlank()) set.add(Noise.of(k));
                    yield new Mix(v, set, false);
                }
            };
        }

        /** The kinds for one document of the given format. */
        public Set<Noise> draw(SplittableRandom rnd, String format) {
            Set<Noise> out = EnumSet.noneOf(Noise.class);
            for (Noise n : values()) {
                boolean on = fixed != null ? fixed.contains(n) : Draw.chance(rnd, heavy ? n.heavyRate : n.realRate);
                if (on && n.appliesTo(format)) out.add(n);
            }
            return out;
        }
    }
}
