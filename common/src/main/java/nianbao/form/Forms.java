package nianbao.form;

import nianbao.model.Json;
import nianbao.text.Whitespace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The known forms, loaded once per JVM from the classpath, and form detection by header tokens (never by year: the
 * 2019 form is still used in 2023 reports, and some 2022 reports cite the 2019 notice but use the 2021 table).
 */
public final class Forms {
    public static final Form F2019 = load("form-2019.json");
    public static final Form F2021 = load("form-2021.json");
    public static final Form PRE2019 = load("form-pre2019.json");
    private static final Map<String, Form> BY_ID = Map.of("2019", F2019, "2021", F2021, "pre2019", PRE2019);

    /** Tokens of the new 条例's forms (2019 and 2021 alike): a text with these but no form-specific token is "unknown". */
    private static final List<String> FAMILY = List.of("第二十条第", "本列数据的勾稽关系", "勾稽关系", "申请人情况",
            "本年新收政府信息公开申请");

    private Forms() {
    }

    public static Form get(String id) {
        Form f = BY_ID.get(id);
        if (f == null) throw new IllegalArgumentException("unknown form id: " + id);
        return f;
    }

    /** The outcome of form detection: the form (null when unknown) and whether the new 条例's tables are present. */
    public record Detection(Form form, boolean newFamily) {
        public String template() {
            return form == null ? "unknown" : form.id();
        }
    }

    /**
     * Detects the form from header tokens.
     *
     * @param compact the normalised text with all whitespace removed (so line breaks inside header cells don't matter)
     */
    public static Detection detect(String compact) {
        int h2019 = hits(compact, F2019.detect());
        int h2021 = hits(compact, F2021.detect());
        boolean family = h2019 + h2021 > 0 || hits(compact, FAMILY) > 0;
        if (h2021 > h2019) return new Detection(F2021, true);
        if (h2019 > 0) return new Detection(F2019, true);
        if (!family && hits(compact, PRE2019.detect()) >= 2) return new Detection(PRE2019, false);
        return new Detection(null, family);
    }

    private static int hits(String text, List<String> tokens) {
        int n = 0;
        for (String t : tokens) if (text.contains(t)) n++;
        return n;
    }

    /** Removes all whitespace (and no-break spaces), for token detection across line breaks and letter spacing. */
    public static String compact(CharSequence s) {
        return Whitespace.remove(s);
    }

    private static Form load(String name) {
        try (InputStream in = Forms.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("form resource missing: nianbao/form/" + name);
            return Json.MAPPER.readValue(in, Form.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read form nianbao/form/" + name + ": " + e.getMessage(), e);
        }
    }
}
