package nianbao.jobs.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real S3 server for a test class: s3proxy 4.1.0 (filesystem backend) as a child JVM on a free loopback port,
 * started before the class's first test and stopped after its last (stack.md §2). Register it with
 * {@code @RegisterExtension static S3Server s3 = new S3Server();} — in a {@link SparkTestBase} subclass it hands its
 * s3a settings to the class's SparkSession.
 */
public final class S3Server implements BeforeAllCallback, AfterAllCallback {
    public static final String ACCESS_KEY = "AKIAFAKEFAKEFAKE";
    public static final String SECRET_KEY = "fake/secret/key-do-not-log";

    private Process process;
    private Path dir;
    private int port;
    private S3Client client;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String jar = System.getProperty("s3proxy.jar", "target/s3server/s3proxy.jar");
        if (!Files.isRegularFile(Path.of(jar))) throw new IllegalStateException("s3proxy jar not found: " + jar);
        dir = Files.createTempDirectory("nianbao-s3");
        Files.createDirectories(dir.resolve("data"));
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path conf = dir.resolve("s3proxy.properties");
        Files.writeString(conf, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + dir.resolve("data"), ""));
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar, "--properties", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
        waitForPort(60_000);
        client = S3Client.builder().endpointOverride(URI.create(endpoint())).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
        if (SparkTestBase.class.isAssignableFrom(context.getRequiredTestClass())) {
            SparkTestBase.sparkSettings(sparkSettings());
        }
    }

    private void waitForPort(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!process.isAlive()) throw new IllegalStateException("s3proxy exited; see " + dir.resolve("s3proxy.log"));
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("s3proxy did not open port " + port + " in " + millis + " ms");
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (client != null) client.close();
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        }
        if (dir != null) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public S3Client client() {
        return client;
    }

    public void createBucket(String bucket) {
        client.createBucket(CreateBucketRequest.builder().bucket(bucket).build());
    }

    public void put(String bucket, String key, byte[] bytes) {
        client.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(), RequestBody.fromBytes(bytes));
    }

    public void putFile(String bucket, String key, Path file) {
        try {
            put(bucket, key, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The s3a settings for Spark ({@code spark.hadoop.} prefixed), as a user would write them in a conf file. */
    public Map<String, String> sparkSettings() {
        Map<String, String> m = new LinkedHashMap<>();
        hadoopSettings().forEach((k, v) -> m.put("spark.hadoop." + k, v));
        return m;
    }

    /** The same settings for a plain Hadoop Configuration (Delta Kernel, no Spark). */
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
}
