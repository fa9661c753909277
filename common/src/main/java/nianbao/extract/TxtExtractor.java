package nianbao.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Plain text: one block per line. */
final class TxtExtractor implements Extractor {
    @Override
    public Format format() {
        return Format.TXT;
    }

    @Override
    public Page extract(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Page.Block> blocks = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) blocks.add(Page.Block.line(line));
        return new Page(blocks);
    }
}
