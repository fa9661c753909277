package nianbao.tools.generate;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

/**
 * Writes a generated corpus (the files and {@code truth.jsonl}) one file and one truth line at a time. Object stores
 * and other file systems ({@code s3a://}, {@code hdfs://}) go through the Hadoop FileSystem API with the
 * {@code spark.hadoop.*} settings; a local folder is written with java.nio, because Hadoop's local file system forks
 * a {@code chmod} per file when its native library is missing (about 10 files/s).
 */
public final class CorpusWriter implements Closeable {
    public static final String TRUTH = "truth.jsonl";

    private final FileSystem fs;          // null for a local folder
    private final Path root;
    private final java.nio.file.Path localRoot;
    private final BufferedWriter truth;

    /**
     * @param out    a local path, a file:// URI, or any Hadoop URI (s3a://bucket/prefix)
     * @param hadoop Hadoop settings (the {@code spark.hadoop.*} settings without the prefix)
     */
    public CorpusWriter(String out, Map<String, String> hadoop) throws IOException {
        boolean uri = out.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");
        if (!uri || out.startsWith("file:")) {
            fs = null;
            root = null;
            localRoot = uri ? java.nio.file.Path.of(URI.create(out)) : java.nio.file.Path.of(out).toAbsolutePath().normalize();
            Files.createDirectories(localRoot);
            truth = writer(Files.newOutputStream(localRoot.resolve(TRUTH)));
        } else {
            Configuration conf = new Configuration();
            hadoop.forEach(conf::set);
            fs = FileSystem.get(URI.create(out), conf);
            root = new Path(URI.create(out));
            localRoot = null;
            fs.mkdirs(root);
            truth = writer(fs.create(new Path(root, TRUTH), true));
        }
    }

    private static BufferedWriter writer(OutputStream o) {
        return new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8), 1 << 16);
    }

    public void write(Generated g) throws IOException {
        if (fs == null) {
            java.nio.file.Path p = localRoot.resolve(g.name());
            Files.createDirectories(p.getParent());
            Files.write(p, g.bytes());
        } else {
            try (FSDataOutputStream o = fs.create(new Path(root, g.name()), true)) {
                o.write(g.bytes());
            }
        }
        truth.write(g.truthLine());
        truth.write('\n');
    }

    public String location() {
        return fs == null ? localRoot.toString() : root.toString();
    }

    @Override
    public void close() throws IOException {
        truth.close();
    }
}
