package nianbao.read;

import nianbao.form.Form;
import nianbao.model.Full;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The pre-2019 form: free tables of labelled counts (申请总数 26 件, 同意公开答复数 20 …). Each count is the first number
 * after its label, perhaps behind a unit cell.
 */
final class OldFormReader {
    private OldFormReader() {
    }

    static Tables read(CellIndex cells, Form f) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<Long>> section3 = new LinkedHashMap<>();
        for (Form.Item item : f.counts()) {
            Long v = null;
            for (int t = 0; t < cells.tokens.size() && v == null; t++) {
                String k = cells.keys[t];
                if (k == null || !item.matches(k)) continue;
                // the count follows its label, perhaps after a unit cell (件, 个, 人次)
                for (int u = t + 1, seen = 0; u < cells.tokens.size() && seen < 4; u++) {
                    Token tok = cells.tokens.get(u);
                    if (tok.kind() == Token.Kind.BREAK || tok.kind() == Token.Kind.EMPTY
                            || tok.kind() == Token.Kind.GAP) continue;
                    seen++;
                    if (tok.isValue()) {
                        v = tok.number() == null ? null : TableReader.countOf(tok);
                        if (v != null) sources.put("section3." + item.key() + ".0", Source.of(tok));
                        break;
                    }
                    if (cells.keys[u] == null || cells.keys[u].length() > 3) break;
                }
            }
            counts.put(item.key(), v);
            section3.put(item.key(), Arrays.asList(v));
        }
        return new Tables(new Full(null, section3, null), sources, new LinkedHashSet<>(), null, null, counts);
    }
}
