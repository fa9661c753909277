package nianbao.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A local S3 server for tests and benchmarks: s3proxy 4.1.0 (jar-with-dependencies, filesystem backend) as a child
 * JVM on a free loopback port, kept off Spark's classpath (in-process, s3proxy clashes with Spark's SLF4J and Guava).
 * The data folder may outlive the process, so a benchmark corpus can be reused by the next run.
 */
public final class S3Proxy implements AutoCloseable {
    public static final String ACCESS_KEY = "AKIAFAKEFAKEFAKE";
    public static final String SECRET_KEY = "fake/secret/key-do-not-log";
    private static final String JAR_IN_REPO = ".m2/repository/org/gaul/s3proxy/4.1.0/s3proxy-4.1.0-jar-with-dependencies.jar";

    private final Process process;
    private final int port;

    private S3Proxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * The jar: {@code -Ds3proxy.jar}, else tools/corpus/target/s3server/s3proxy.jar (copied from Maven by every
     * build of this module, bin/nianbao's included), else the local Maven repository's.
     */
    public static Path jar(Path home) {
        String p = System.getProperty("s3proxy.jar");
        if (p != null && Files.isRegularFile(Path.of(p))) return Path.of(p);
        Path built = home.resolve("tools/corpus/target/s3server/s3proxy.jar");
        if (Files.isRegularFile(built)) return built;
        Path m2 = Path.of(System.getProperty("user.home")).resolve(JAR_IN_REPO);
        if (Files.isRegularFile(m2)) return m2;
        throw new IllegalStateException("s3proxy jar not found (bin/nianbao's build copies it there from Maven; "
                + "or set -Ds3proxy.jar): " + built + ", " + m2);
    }

    /** Starts s3proxy storing its buckets under {@code dataDir} and waits until it accepts connections. */
    public static S3Proxy start(Path jar, Path dataDir) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        int port = Loopback.freePort();
        Path conf = dataDir.resolveSibling(dataDir.getFileName() + ".properties");
        Files.writeString(conf, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + dataDir.toAbsolutePath(), ""));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--properties", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile())
                .start();
        S3Proxy proxy = new S3Proxy(p, port);
        proxy.await(60_000);
        return proxy;
    }

    private void await(long millis) throws InterruptedException {
        try {
            Loopback.awaitPort(port, millis, process, "s3proxy");
        } catch (IllegalStateException e) {
            close();
            throw e;
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The s3a settings for this server (Hadoop keys, without {@code spark.hadoop.}). */
    public Map<String, String> hadoopSettings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fs.s3a.endpoint", endpoint());
        m.put("fs.s3a.endpoint.region", "us-east-1");
        m.put("fs.s3a.path.style.access", "true");
        m.put("fs.s3a.connection.ssl.enabled", "false");
        m.put("fs.s3a.access.key", ACCESS_KEY);
        m.put("fs.s3a.secret.key", SECRET_KEY);
        m.put("fs.s3a.input.stream.type", "classic");
        m.put("fs.s3a.change.detection.version.required", "false");
        return m;
    }

    /** The same, {@code spark.hadoop.}-prefixed, as a conf file would hold them. */
    public Map<String, String> sparkSettings() {
        Map<String, String> m = new LinkedHashMap<>();
        hadoopSettings().forEach((k, v) -> m.put("spark.hadoop." + k, v));
        return m;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
