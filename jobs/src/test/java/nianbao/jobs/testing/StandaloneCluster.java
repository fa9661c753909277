package nianbao.jobs.testing;

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

/**
 * A real Spark standalone cluster on loopback: a Master and a Worker, each its own JVM, and {@code spark-submit} as a
 * third. Its SPARK_HOME is built from the test's class path minus what a plain Spark 4.2 installation lacks, so a job
 * submitted to it runs only if the cluster jar brings the rest. For failsafe tests: they read the cluster jar, the
 * project home and Spark's JVM flags from system properties the pom sets ({@code nianbao.cluster.jar},
 * {@code nianbao.home}, {@code nianbao.spark.jvm.flags}).
 */
public final class StandaloneCluster implements AutoCloseable {
    /** Spark's JVM options, as the pom passes them in ({@code spark.jvm.flags}: the @argfile conf/spark-jvm.args). */
    public static final List<String> SPARK_JVM_FLAGS = Stream.of(
            System.getProperty("nianbao.spark.jvm.flags", "").split("\\s+")).filter(f -> !f.isEmpty()).toList();
    /** What a plain Spark installation does not have: the cluster jar must bring these. */
    private static final List<String> NOT_ON_CLUSTER = List.of("/io/delta/", "/io/unitycatalog/", "/org/apache/poi/",
            "/org/apache/pdfbox/", "/org/jsoup/", "/org/knowm/", "/org/nianbao/", "/junit/",
            "/org/junit/", "/target/");

    private final Path dir;
    private final Path sparkHome;
    private final String masterUrl;
    private final List<Process> daemons = new ArrayList<>();

    private StandaloneCluster(Path dir, String masterUrl) {
        this.dir = dir;
        this.sparkHome = dir.resolve("spark-home");
        this.masterUrl = masterUrl;
    }

    /**
     * Builds the SPARK_HOME under {@code dir}, starts the Master and one Worker with {@code cores} cores and
     * {@code memory} for executors, and returns once the Worker has registered.
     */
    public static StandaloneCluster start(Path dir, int cores, String memory) throws IOException, InterruptedException {
        int masterPort = freePort();
        StandaloneCluster c = new StandaloneCluster(dir, "spark://127.0.0.1:" + masterPort);
        c.writeSparkHome();
        try {
            c.daemons.add(c.sparkJvm("512m", dir.resolve("master.log"), "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(masterPort),
                    "--webui-port", String.valueOf(freePort())));
            awaitPort(masterPort, 60_000, c.daemons.get(0), "Spark Master");
            Path workerLog = dir.resolve("worker.log");
            c.daemons.add(c.sparkJvm("512m", workerLog, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()),
                    "--cores", String.valueOf(cores), "--memory", memory, "--work-dir", c.workDir().toString(),
                    c.masterUrl));
            awaitLine(workerLog, "Successfully registered with master", 90);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void writeSparkHome() throws IOException {
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String unix = entry.replace('\\', '/');
            if (!unix.endsWith(".jar") || NOT_ON_CLUSTER.stream().anyMatch(unix::contains)) continue;
            Path link = jars.resolve(Path.of(entry).getFileName());
            if (!Files.exists(link)) Files.createSymbolicLink(link, Path.of(entry).toAbsolutePath());
        }
        Path conf = Files.createDirectories(sparkHome.resolve("conf"));
        // Our WARN logging, plus the Worker's INFO line that says it has registered (awaited in start).
        Files.writeString(conf.resolve("log4j2.properties"),
                Files.readString(home().resolve("conf/log4j2.properties"), StandardCharsets.UTF_8)
                        + "\nlogger.worker.name = org.apache.spark.deploy.worker.Worker\nlogger.worker.level = info\n");
    }

    public String masterUrl() {
        return masterUrl;
    }

    /** Where the Worker runs its executors: each leaves its stdout and stderr there. */
    public Path workDir() {
        return dir.resolve("work");
    }

    /** True when at least one executor ran under the Worker (it leaves its stderr in the work dir). */
    public boolean executorsRan() throws IOException {
        if (!Files.isDirectory(workDir())) return false;
        try (Stream<Path> files = Files.walk(workDir())) {
            return files.anyMatch(p -> p.getFileName().toString().equals("stderr"));
        }
    }

    /** The cluster jar the pom built, as a data team would submit it. */
    public static String clusterJar() {
        return System.getProperty("nianbao.cluster.jar");
    }

    /**
     * Runs {@code spark-submit} (client deploy mode on loopback) with {@code submitArgs} — the options, the jar and
     * the application's arguments — in its own JVM with the output in {@code log}; waits at most {@code minutes}.
     * Pass {@code --master} yourself: this cluster's {@link #masterUrl()} or {@code local[2]} for the same run in one
     * JVM.
     *
     * @return the exit code
     */
    public int submit(Path log, int minutes, List<String> submitArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("-Dnianbao.home=" + home(), "org.apache.spark.deploy.SparkSubmit",
                "--deploy-mode", "client",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", SPARK_JVM_FLAGS)));
        cmd.addAll(submitArgs);
        Process p = sparkJvm("1g", log, cmd.toArray(String[]::new));
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("spark-submit did not finish in " + minutes + " minutes:\n" + tail(log));
        }
        return p.exitValue();
    }

    @Override
    public void close() {
        for (Process p : daemons) p.destroy();
        for (Process p : daemons) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static Path home() {
        return Path.of(System.getProperty("nianbao.home", "..")).toAbsolutePath().normalize();
    }

    /** The last few thousand characters of a log, for an assertion message. */
    public static String tail(Path log) throws IOException {
        String s = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        return s.length() <= 6000 ? s : s.substring(s.length() - 6000);
    }

    private Process sparkJvm(String heap, Path log, String... args) throws IOException {
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
        throw new AssertionError("'" + needle + "' not in " + log + " after " + seconds + " s:\n" + tail(log));
    }
}
