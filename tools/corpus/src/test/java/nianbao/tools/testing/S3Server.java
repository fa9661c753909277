package nianbao.tools.testing;

import nianbao.jobs.testing.SparkTestBase;
import nianbao.tools.bench.S3Proxy;
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
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real S3 server for a test class: s3proxy 4.1.0 (filesystem backend) as a child JVM on a free loopback port,
 * started before the class's first test and stopped after its last. Register it with
 * {@code @RegisterExtension static S3Server s3 = new S3Server();} — in a {@link SparkTestBase} subclass it hands its
 * s3a settings to the class's SparkSession.
 */
public final class S3Server implements BeforeAllCallback, AfterAllCallback {
    public static final String ACCESS_KEY = S3Proxy.ACCESS_KEY;
    public static final String SECRET_KEY = S3Proxy.SECRET_KEY;

    private S3Proxy proxy;
    private Path dir;
    private S3Client client;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("nianbao-s3");
        proxy = S3Proxy.start(S3Proxy.jar(nianbao.jobs.Settings.home()), dir.resolve("data"));
        client = S3Client.builder().endpointOverride(URI.create(endpoint())).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
        if (SparkTestBase.class.isAssignableFrom(context.getRequiredTestClass())) {
            SparkTestBase.sparkSettings(sparkSettings());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (client != null) client.close();
        if (proxy != null) proxy.close();
        if (dir != null) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public String endpoint() {
        return proxy.endpoint();
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
        return proxy.sparkSettings();
    }

    /** The same settings for a plain Hadoop Configuration (Delta Kernel, no Spark). */
    public Map<String, String> hadoopSettings() {
        return proxy.hadoopSettings();
    }
}
