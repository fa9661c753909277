package nianbao.extract.tools;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Regenerates {@code common/src/main/resources/nianbao/fonts/wqy-microhei-gb2312.ttf}: WenQuanYi Micro Hei cut down
 * with fontbox's {@link TTFSubsetter} to ASCII, the GB2312 repertoire and CJK/full-width punctuation. A developer
 * tool, not a test: run it by hand (see the README beside the font).
 *
 * <pre>java -cp … nianbao.extract.tools.MakeCjkFontSubset /usr/share/fonts/truetype/wqy/wqy-microhei.ttc OUT.ttf</pre>
 */
public final class MakeCjkFontSubset {
    private MakeCjkFontSubset() {
    }

    public static void main(String[] args) throws IOException {
        File ttc = new File(args.length > 0 ? args[0] : "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        Path out = Path.of(args.length > 1 ? args[1]
                : "common/src/main/resources/nianbao/fonts/wqy-microhei-gb2312.ttf");
        TreeSet<Integer> cps = codePoints();
        try (TrueTypeCollection coll = new TrueTypeCollection(ttc)) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            coll.processAllFonts(f -> {
                if (first.get() == null) first.set(f);
            });
            TrueTypeFont font = first.get();
            TTFSubsetter sub = new TTFSubsetter(font);
            int mapped = 0;
            for (int cp : cps) {
                if (font.getUnicodeCmapLookup().getGlyphId(cp) > 0) {
                    sub.add(cp);
                    mapped++;
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                sub.writeToStream(os);
            }
            System.out.println(font.getName() + ": " + mapped + " of " + cps.size() + " code points → " + out
                    + " (" + Files.size(out) + " bytes)");
        }
    }

    /** ASCII, every GB2312 character, CJK symbols and punctuation, full-width forms. */
    static TreeSet<Integer> codePoints() {
        TreeSet<Integer> cps = new TreeSet<>();
        for (int c = 0x20; c <= 0x7E; c++) cps.add(c);
        for (int c = 0x3000; c <= 0x303F; c++) cps.add(c);
        for (int c = 0xFF01; c <= 0xFF5E; c++) cps.add(c);
        cps.add(0x00A0);
        var dec = Charset.forName("GB2312").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int hi = 0xA1; hi <= 0xF7; hi++) {
            for (int lo = 0xA1; lo <= 0xFE; lo++) {
                try {
                    String s = dec.decode(ByteBuffer.wrap(new byte[]{(byte) hi, (byte) lo})).toString();
                    s.codePoints().forEach(cps::add);
                } catch (CharacterCodingException unassigned) {
                    // a hole in the GB2312 code table
                }
            }
        }
        return cps;
    }
}
