package nianbao.tools.generate;

import com.ibm.icu.text.Transliterator;
import nianbao.ReportParser;
import nianbao.tools.generate.render.Renderer;
import nianbao.tools.generate.render.Renderers;
import nianbao.model.ReportBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates report number {@code i} of a corpus: deterministic for (seed, i), independent of every other index, so
 * a corpus of any size streams with flat memory and any part of it can be regenerated alone.
 * <p>
 * Steps: draw a body ({@link AgencySource}), a year and the form in use, the values ({@link ValueModel}), the noise
 * ({@link Noise.Mix}), how cells print ({@link Marks}); lay the report out ({@link Composer}); cut it if truncated;
 * convert the script if Traditional; render the format; compute the truth ({@link Truth}). A mirror copy
 * regenerates the report before it and republishes it at another path in Traditional script.
 */
public final class Generator {
    private final long seed;
    private final List<String> formats;
    private final Noise.Mix mix;
    private final AgencySource agencies;
    private final List<String> mirrorFormats = new ArrayList<>();
    private static Transliterator toTraditional;

    public Generator(long seed, List<String> formats, Noise.Mix mix, AgencySource agencies) {
        this.seed = seed;
        this.formats = List.copyOf(formats);
        this.mix = mix;
        this.agencies = agencies;
        for (String f : formats) {
            Renderers.of(f);
            if (Noise.MIRROR.appliesTo(f)) mirrorFormats.add(f);
        }
        if (formats.isEmpty()) throw new IllegalArgumentException("no formats to generate");
    }

    public Generator(long seed, List<String> formats, Noise.Mix mix) {
        this(seed, formats, mix, GazetteerAgencySource.best());
    }

    public String describeSource() {
        return agencies.describe();
    }

    public Generated generate(int index) {
        if (mirrorDrawn(index) && !mirrorDrawn(index - 1)) return mirror(index);
        Built b = build(index);
        return finish(index, b, b.format, name(index, b), stream(index, 3));
    }

    /** The parts of a report before rendering. */
    private record Built(Agency agency, int year, Values values, Marks marks, Set<Noise> noise, Doc doc,
                         Set<Doc.Ref> lost, String format) {
    }

    private Built build(int index) {
        SplittableRandom rnd = stream(index, 0);
        Agency a = agencies.draw(rnd);
        int year = 2019 + rnd.nextInt(7);
        PrintedForm form = year <= 2020 || Draw.chance(rnd, 0.08) ? PrintedForm.F2019 : PrintedForm.F2021;
        Values v = ValueModel.draw(a, form, rnd);
        String format = Draw.pick(rnd, formats);
        Set<Noise> noise = mix.draw(stream(index, 1), format);
        noise.remove(Noise.MIRROR);
        SplittableRandom layout = stream(index, 2);
        Marks marks = Marks.draw(v, noise, layout);
        Set<Doc.Ref> lost = new HashSet<>();
        if (noise.contains(Noise.PINYIN)) noise.add(Noise.TRADITIONAL); // pinyin is inserted by mirror sites' converters
        Doc doc = new Composer(a, year, v, marks, noise, layout, lost).compose();
        if (noise.contains(Noise.TRUNCATED)) doc = truncate(doc, layout, lost);
        if (noise.contains(Noise.TRADITIONAL)) doc = doc.mapText(Generator::traditional);
        if (noise.contains(Noise.PINYIN)) doc = doc.mapText(PinyinNoise::insert);
        return new Built(a, year, v, marks, noise, doc, lost, format);
    }

    private Generated mirror(int index) {
        Built b = build(index - 1);
        SplittableRandom rnd = stream(index, 4);
        String format = Draw.pick(rnd, mirrorFormats);
        Set<Noise> noise = EnumSet.copyOf(b.noise.isEmpty() ? EnumSet.noneOf(Noise.class) : b.noise);
        noise.add(Noise.MIRROR);
        Doc doc = b.doc;
        if (!noise.contains(Noise.TRADITIONAL)) {
            doc = doc.mapText(Generator::traditional);
            noise.add(Noise.TRADITIONAL);
        }
        Built m = new Built(b.agency, b.year, b.values, b.marks, noise, doc, b.lost, format);
        return finish(index, m, format, "mirror/" + name(index, m), stream(index, 3));
    }

    private Generated finish(int index, Built b, String format, String name, SplittableRandom rnd) {
        Renderer r = Renderers.of(format);
        byte[] bytes;
        try {
            bytes = r.render(b.doc, rnd);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render report " + index + " as " + format + ": " + e.getMessage(), e);
        }
        ReportBuilder t = Truth.of(b.agency, b.year, b.values, b.marks, b.lost, b.noise)
                .file(ReportParser.baseName(name)).path(name).format(format).sha256(ReportParser.sha256(bytes));
        List<String> noise = new ArrayList<>();
        for (Noise n : b.noise) noise.add(n.id);
        return new Generated(name, format, bytes, t.build(), noise);
    }

    /** Cuts the text inside section 二, 三 or 四 (mostly 三, the longest), at a random row and cell. */
    private static Doc truncate(Doc doc, SplittableRandom rnd, Set<Doc.Ref> lost) {
        List<Doc.Table> tables = doc.tables();
        int t = rnd.nextInt(10) < 6 ? 1 : rnd.nextInt(2) == 0 ? 0 : 2;
        Doc.Table table = tables.get(t);
        int row = 1 + rnd.nextInt(table.rows().size() - 1);
        int cell = rnd.nextInt(Math.max(1, table.rows().get(row).size()));
        Doc cut = doc.truncate(t, row, cell, lost);
        // Web indexes cut by bytes, so the last label is often cut inside itself (「行政处」 for 行政处罚).
        return Draw.chance(rnd, 0.5) ? cut.cutLastLabel() : cut;
    }

    private boolean mirrorDrawn(int index) {
        if (index <= 0 || mirrorFormats.isEmpty()) return false;
        SplittableRandom rnd = stream(index, 5);
        if (mix.fixed() != null) return mix.fixed().contains(Noise.MIRROR);
        return Draw.chance(rnd, mix.heavy() ? Noise.MIRROR.heavyRate : Noise.MIRROR.realRate);
    }

    private String name(int index, Built b) {
        return String.format("%06d_%08x.%s", index, (b.agency.name() + b.year).hashCode(), Renderers.of(b.format).extension());
    }

    /** An independent random stream per (seed, index, purpose). */
    private SplittableRandom stream(int index, int purpose) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + purpose * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    private static synchronized String traditional(String s) {
        if (toTraditional == null) toTraditional = Transliterator.getInstance("Simplified-Traditional");
        return toTraditional.transliterate(s);
    }
}
