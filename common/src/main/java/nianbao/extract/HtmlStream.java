package nianbao.extract;

import java.util.List;

/**
 * The fast path for HTML: a page's blocks read in one pass over the markup, without building a DOM, for pages whose
 * HTML5 tree construction could not move any text. It declines (returns null) on everything else, and jsoup with
 * {@link HtmlWalker} reads those pages. Its output must equal the jsoup path's for every page it accepts.
 */
final class HtmlStream {
    private HtmlStream() {
    }

    /** The page's blocks exactly as {@code new HtmlWalker().walk(Jsoup.parse(html))} gives them, or null. */
    static List<Page.Block> blocks(String html) {
        return null;
    }
}
