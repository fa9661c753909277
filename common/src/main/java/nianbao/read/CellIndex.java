package nianbao.read;

import nianbao.form.Form;
import nianbao.form.Label;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cell stream of one document with each text cell's label key, and the searches the readers make in it: section
 * starts, row labels (in form order, by a longest common subsequence), and the column positions of header lines.
 */
final class CellIndex {
    final List<Token> tokens;
    final String[] keys;
    final Deadline deadline;
    private final int lastCell;

    CellIndex(List<Token> tokens, Deadline deadline) {
        this.tokens = tokens;
        this.deadline = deadline;
        this.keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = tokens.get(i).labelKey();
        int last = tokens.size() - 1;
        while (last >= 0 && tokens.get(last).kind() == Token.Kind.BREAK) last--;
        this.lastCell = last;
    }

    int size() {
        return tokens.size();
    }

    /** Index of the first short text token in [from, to) that matches one of the labels, or -1. */
    int find(int from, int to, List<Label> labels) {
        for (int t = from; t < to; t++) {
            String k = keys[t];
            if (k != null && Matches.any(labels, k)) return t;
        }
        return -1;
    }

    int findItem(int from, int to, Form.Item item) {
        for (int t = from; t < to; t++) if (keys[t] != null && item.matches(keys[t])) return t;
        return -1;
    }

    /**
     * The label token of each row: the longest sequence of label tokens that appear in form order (a longest common
     * subsequence of the form's rows and the region's label tokens). So a header cell that happens to match a row
     * label (总计 in the column header) is not taken for that row, and a row whose label is lost is simply unmatched
     * and placed from its neighbours. Earliest matches win ties.
     */
    int[] anchors(int from, int to, List<Form.Item> rows) {
        deadline.check();
        int nRows = Math.min(rows.size(), 64);
        int[] anchor = new int[rows.size()];
        Arrays.fill(anchor, -1);
        List<Integer> idx = new ArrayList<>();
        List<Long> mask = new ArrayList<>();
        for (int t = from; t < to; t++) {
            String k = keys[t];
            if (k == null) continue;
            long m = Matches.rows(rows, k);
            if (m != 0) {
                idx.add(t);
                mask.add(m);
            }
        }
        int nT = idx.size();
        int[][] dp = new int[nRows + 1][nT + 1];
        for (int r = nRows - 1; r >= 0; r--) {
            for (int j = nT - 1; j >= 0; j--) {
                int best = Math.max(dp[r + 1][j], dp[r][j + 1]);
                if ((mask.get(j) & (1L << r)) != 0) best = Math.max(best, 1 + dp[r + 1][j + 1]);
                dp[r][j] = best;
            }
        }
        int r = 0, j = 0;
        while (r < nRows && j < nT) {
            if ((mask.get(j) & (1L << r)) != 0 && dp[r][j] == 1 + dp[r + 1][j + 1]) {
                anchor[r++] = idx.get(j++);
            } else if (dp[r][j] == dp[r][j + 1]) {
                j++;
            } else {
                r++;
            }
        }
        return anchor;
    }

    /**
     * The cell indexes of the column headers (自然人 … 总计) in the text rows of the header, when each is found once in
     * a line split into cells and they increase; else null (then positions are not used).
     */
    int[] headerColumns(List<String> names, int from, int to) {
        if (names == null) return null;
        int[] pos = new int[names.size()];
        java.util.Arrays.fill(pos, -1);
        for (int t = from; t < to; t++) {
            Token tok = tokens.get(t);
            if (!tok.isText() || !tok.row() || keys[t] == null) continue;
            int c = names.indexOf(keys[t]);
            if (c >= 0 && pos[c] < 0) pos[c] = tok.cell();
        }
        for (int c = 0; c < pos.length; c++) {
            if (pos[c] < 0 || (c > 0 && pos[c] <= pos[c - 1])) return null;
        }
        return pos;
    }

    /**
     * The cell indexes of a section-二 item's columns in its header line (「信息内容\t本年新制作数量\t…」), the nearest
     * one before the item's label, when it is a text line split into cells with one header cell per column.
     */
    int[] itemHeader(int[] anchors, int i, int n) {
        if (anchors[i] < 0) return null;
        int from = 0;
        for (int k = i - 1; k >= 0; k--) if (anchors[k] >= 0) { from = anchors[k] + 1; break; }
        for (int t = anchors[i] - 1; t >= from; t--) {
            Token tok = tokens.get(t);
            if (!tok.row() || keys[t] == null || !keys[t].equals("信息内容")) continue;
            List<Integer> pos = new ArrayList<>();
            for (int u = t + 1; u < tokens.size() && tokens.get(u).block() == tok.block()
                    && tokens.get(u).kind() != Token.Kind.BREAK; u++) {
                if (tokens.get(u).isText()) pos.add(tokens.get(u).cell());
            }
            if (pos.size() != n) return null;
            return pos.stream().mapToInt(Integer::intValue).toArray();
        }
        return null;
    }

    /** The token after the last column-header word (自然人 … 总计) in [from, to): where rows of values may begin
     * (after the section's first cell when no header word is found). */
    int afterHeader(List<String> names, int from, int to) {
        int last = -1;
        for (int t = from; t < to; t++) {
            if (keys[t] == null) continue;
            for (String name : names) {
                if (keys[t].contains(name)) {
                    last = t;
                    break;
                }
            }
        }
        return last < 0 ? from + 1 : last + 1;
    }

    static int firstAnchor(int[] anchors, int fallback) {
        for (int a : anchors) if (a >= 0) return a;
        return fallback;
    }

    /** True when the key is the label of a row other than {@code self} (a repeated own label, e.g. a colspan copy,
     * is not a new row). */
    static boolean isLabelOfOther(String key, List<Form.Item> rows, int self) {
        long m = Matches.rows(rows, key);
        if (self >= 0) {
            if ((m & (1L << self)) != 0) return false;
            m &= ~(1L << self);
        }
        return m != 0;
    }

    /** True when nothing but breaks follows the run's last cell: the text was cut inside the row. */
    boolean endsTheText(List<Token> run) {
        return lastCell >= 0 && run.get(run.size() - 1) == tokens.get(lastCell);
    }
}
