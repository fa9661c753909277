package nianbao.extract;

import java.io.IOException;

/**
 * Reads one format's bytes into a {@link Page}. One implementation per format, registered in {@link Extractors}.
 * Implementations are stateless and thread-safe (they run inside Spark tasks).
 */
public interface Extractor {
    Format format();

    Page extract(byte[] bytes) throws IOException;
}
