package nianbao.form;

import java.util.List;

/**
 * One national report form as data (loaded from {@code form-<id>.json} by {@link Forms}). The 2019 and 2021 forms have
 * all three sections; the pre-2019 form has only {@link #counts}, loose labelled counts.
 *
 * @param id          the {@code template} value: "2019", "2021" or "pre2019"
 * @param detect      header tokens that identify the form (matched with whitespace removed)
 * @param section2    section 二 (主动公开): items with their columns; null on the pre-2019 form
 * @param section3    section 三 (依申请): rows × 7 columns; null on the pre-2019 form
 * @param section4    section 四 (复议、诉讼): 3 blocks × 5 columns; null on the pre-2019 form
 * @param counts      the pre-2019 form's labelled counts
 * @param end         labels of the headings that follow the tables (五、存在的主要问题 …), to tell a complete text from
 *                    a truncated one
 */
public record Form(String id, String description, List<String> detect, Section2 section2, Section3 section3,
                   Section4 section4, List<Item> counts, List<Label> end) {

    public Form {
        detect = detect == null ? List.of() : List.copyOf(detect);
        counts = counts == null ? List.of() : List.copyOf(counts);
        end = end == null ? List.of() : List.copyOf(end);
    }

    /**
     * Section 二: labelled items, each a row of typed columns. {@code extra}: labels of rows that some provincial
     * variants add (湖北's 「其他主动公开文件」): not read, but their label ends the row before them, so that row never
     * takes their cells.
     */
    public record Section2(List<Label> start, List<Item> items, List<Label> extra) {
        public Section2 {
            extra = extra == null ? List.of() : List.copyOf(extra);
        }
    }

    /**
     * A labelled row (of section 二 or 三, or a labelled count of the pre-2019 form). {@code text} is the form's own
     * wording of the label (numbering and whitespace removed): a cell that is the start of it, at least
     * {@link #MIN_FRAGMENT} characters long, also matches, because PDF text wraps long labels over several lines
     * (「5.要求行政机」「关确认或重新」…). A key with notes in parentheses matches as it is or without them
     * ({@link Label#withoutNotes}).
     */
    public record Item(String key, String text, List<Label> labels, List<Column> columns) {
        public static final int MIN_FRAGMENT = 4;

        public Item {
            labels = labels == null ? List.of() : List.copyOf(labels);
            columns = columns == null ? List.of(new Column("value", null)) : List.copyOf(columns);
        }

        public boolean matches(String labelKey) {
            if (matchesAsIs(labelKey)) return true;
            String bare = Label.withoutNotes(labelKey);
            return bare != labelKey && matchesAsIs(bare);
        }

        private boolean matchesAsIs(String labelKey) {
            for (Label l : labels) if (l.matches(labelKey)) return true;
            return text != null && labelKey.length() >= MIN_FRAGMENT && text.startsWith(labelKey);
        }
    }

    /** A column of a section-二 item; {@code type} is count (default), signed (增/减), decimal (金额) or raw (string). */
    public record Column(String key, String type) {
        public String kind() {
            return type == null ? "count" : type;
        }
    }

    /**
     * Section 三: rows in form order, the 7 column keys, the column header words (to align text rows whose cells are
     * positioned like the header's), and the result rows whose sum is row {@code total}.
     */
    public record Section3(List<Label> start, List<String> columns, List<String> header, List<Item> rows,
                           List<String> results) {
        public int indexOf(String rowKey) {
            for (int i = 0; i < rows.size(); i++) if (rows.get(i).key().equals(rowKey)) return i;
            return -1;
        }
    }

    /** Section 四: three blocks of five columns; {@code vocab} are its header words (skipped when reading values). */
    public record Section4(List<Label> start, List<String> blocks, List<String> columns, List<Label> vocab) {
    }
}
