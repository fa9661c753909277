package nianbao.extract;

import java.util.List;

/** Test helpers to look at a page's blocks. */
final class Blocks {
    private Blocks() {
    }

    /** The cells of the table rows, in order. */
    static List<List<String>> rows(Page p) {
        return p.rows().stream().map(Page.Block::cells).toList();
    }

    /** The texts of the line blocks, in order. */
    static List<String> lines(Page p) {
        return p.blocks().stream().filter(b -> !b.table()).map(Page.Block::text).toList();
    }
}
