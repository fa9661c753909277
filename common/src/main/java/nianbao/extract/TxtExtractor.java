package nianbao.extract;

/** Plain text: one line block per line, after {@link TextDecoder} has found the encoding. */
final class TxtExtractor implements Extractor {
    @Override
    public Format format() {
        return Format.TXT;
    }

    @Override
    public Page extract(byte[] bytes) {
        return Page.ofLines(TextDecoder.decode(bytes));
    }
}
