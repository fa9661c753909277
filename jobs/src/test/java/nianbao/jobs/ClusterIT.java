package nianbao.jobs;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a data team does: spark-submit the shaded cluster jar to a real standalone cluster (a Master and a Worker, each
 * its own JVM, on loopback) and ingest the sample reports into a Delta warehouse. The executors are JVMs the Worker
 * starts, so this proves the cluster jar carries everything a plain Spark 4.2 installation lacks.
 * Runs after packaging (failsafe), since it needs the cluster jar.
 */
class ClusterIT {
    /** Spark's JVM options, as the pom passes them in ({@code spark.jvm.flags}: the @argfile conf/spark-jvm.args). */
    private static final List<String> SPARK_JVM_FLAGS = Stream.of(
            System.getProperty("nianbao.spark.jvm.flags", "").split("\\s+")).filter(f -> !f.isEmpty()).toList();
    /** What a plain Spark installation does not have: the cluster jar must bring these. */
    private static final List<String> NOT_ON_CLUSTER = List.of("/io/delta/", "/io/unitycatalog/", "/org/apache/poi/",
            "/org/apache/pdfbox/", "/org/jsoup/", "/org/knowm/", "/org/nianbao/", "/junit/",
            "/org/junit/", "/target/");

    @TempDir
    static Path tmp;
    private static Path sparkHome;
    private static String masterUrl;
    private static final List<Process> daemons = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        sparkHome = tmp.resolve("spark-home");
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String unix = entry.replace('\\', '/');
            if (!unix.endsWith(".jar") || NOT_ON_CLUSTER.stream().anyMatch(unix::contains)) continue;
            Path link = jars.resolve(Path.of(entry).getFileName());
            if (!Files.exists(link)) Files.createSymbolicLink(link, Path.of(entry).toAbsolutePath());
        }
        Path conf = Files.createDirectories(sparkHome.resolve("conf"));
        // Our WARN logging, plus the Worker's INFO line that says it has registered (awaited below).
        Files.writeString(conf.resolve("log4j2.properties"),
                Files.readString(home().resolve("conf/log4j2.properties"), StandardCharsets.UTF_8)
                        + "\nlogger.worker.name = org.apache.spark.deploy.worker.Worker\nlogger.worker.level = info\n");

        int masterPort = freePort();
        masterUrl = "spark://127.0.0.1:" + masterPort;
        Path masterLog = tmp.resolve("master.log");
        daemons.add(sparkJvm("512m", masterLog, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(freePort())));
        awaitPort(masterPort, 60_000, daemons.get(0), "Spark Master");
        Path workerLog = tmp.resolve("worker.log");
        daemons.add(sparkJvm("512m", workerLog, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()),
                "--cores", "2",
                "--memory", "2g", "--work-dir", tmp.resolve("work").toString(), masterUrl));
        awaitLine(workerLog, "Successfully registered with master", 90);
    }

    @AfterAll
    static void stopCluster() {
        for (Process p : daemons) p.destroy();
        for (Process p : daemons) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void sparkSubmitIngestsTheSamplesOnTheCluster() throws Exception {
        Path warehouse = tmp.resolve("warehouse");
        Path log = tmp.resolve("submit.log");
        List<String> cmd = new ArrayList<>(List.of("-Dnianbao.home=" + home(),
                "org.apache.spark.deploy.SparkSubmit", "--master", masterUrl, "--deploy-mode", "client",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2",
                "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", SPARK_JVM_FLAGS),
                "--class", "nianbao.jobs.Main", System.getProperty("nianbao.cluster.jar"),
                "ingest", "--conf-file", "conf/cluster.properties",
                "--input", home().resolve("samples").toString(), "--warehouse", warehouse.toString()));
        Process submit = sparkJvm("1g", log, cmd.toArray(String[]::new));
        boolean done = submit.waitFor(8, TimeUnit.MINUTES);
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done, "spark-submit did not finish in 8 minutes:\n" + tail(out));
        assertEquals(0, submit.exitValue(), "spark-submit failed:\n" + tail(out));

        // The tasks ran in executor JVMs started by the Worker: each leaves its stderr in the work dir.
        try (Stream<Path> files = Files.walk(tmp.resolve("work"))) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().equals("stderr")),
                    "no executor ran under the Worker");
        }
        SparkSession spark = SparkSession.builder().master("local[1]").appName("cluster-check")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            assertEquals(5L, spark.read().format("delta").load(warehouse.resolve("reports").toString()).count());
            assertEquals(0L, spark.read().format("delta").load(warehouse.resolve("reports").toString())
                    .where("error IS NOT NULL").count());
        } finally {
            spark.stop();
        }
    }

    private static Path home() {
        return Path.of(System.getProperty("nianbao.home", "..")).toAbsolutePath().normalize();
    }

    private static Process sparkJvm(String heap, Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + heap);
        cmd.addAll(SPARK_JVM_FLAGS);
        cmd.add("-cp");
        cmd.add(sparkHome.resolve("conf") + File.separator + File.pathSeparator + sparkHome.resolve("jars") + "/*");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(home().toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", sparkHome.toString());
        // Without it the Worker cannot build the executor command line from a jars-only SPARK_HOME.
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    /** A loopback port nothing listens on right now. */
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Waits until {@code server} accepts connections on {@code port}; fails early when it has exited. */
    private static void awaitPort(int port, long millis, Process server, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!server.isAlive()) throw new IllegalStateException(what + " exited with " + server.exitValue());
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(what + " did not open port " + port + " within " + millis + " ms");
    }

    private static void awaitLine(Path log, String needle, int seconds) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(needle)) return;
            Thread.sleep(300);
        }
        throw new AssertionError("'" + needle + "' not in " + log + " after " + seconds + " s:\n"
                + tail(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : ""));
    }

    private static String tail(String s) {
        return s.length() <= 6000 ? s : s.substring(s.length() - 6000);
    }
}
