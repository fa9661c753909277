package nianbao.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import nianbao.jobs.Settings;
import org.apache.hadoop.util.VersionInfo;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The schedules in conf/schedule/ cannot rot: each one's main class, jar name, hadoop-aws version, command and every
 * argument are read from the file (cron line, Airflow DAG via Python's ast, Kubernetes manifest via a YAML parser)
 * and checked against this build — renaming a command or an option breaks this test, not the night.
 */
class ScheduleTest {
    private static final Path SCHEDULE = Settings.home().resolve("conf/schedule");

    /** What every schedule must say, however it says it. */
    record Submission(String mainClass, String jar, List<String> packages, List<String> args) {
    }

    @Test
    void theCronLineRunsACommandMainAccepts() throws Exception {
        String cron = Files.readString(SCHEDULE.resolve("nightly.cron"), StandardCharsets.UTF_8);
        String jar = variable(cron, "JAR");
        String submit = variable(cron, "SUBMIT");
        List<String> lines = cron.lines().filter(l -> l.matches("^[0-9*].*")).toList();
        assertEquals(1, lines.size(), "one schedule line");
        Matcher m = Pattern.compile("\\$SUBMIT \\$JAR (.*?) >>").matcher(lines.get(0));
        assertTrue(m.find(), lines.get(0));
        Matcher cls = Pattern.compile("--class (\\S+)").matcher(submit);
        Matcher pkg = Pattern.compile("--packages (\\S+)").matcher(submit);
        assertTrue(cls.find() && pkg.find(), submit);
        check(new Submission(cls.group(1), jar, List.of(pkg.group(1).split(",")),
                List.of(m.group(1).trim().split("\\s+"))));
    }

    @Test
    void theAirflowDagRunsACommandMainAccepts() throws Exception {
        JsonNode op = new ObjectMapper().readTree(python(SCHEDULE.resolve("nianbao_nightly_dag.py")));
        List<String> args = new ArrayList<>();
        op.get("application_args").forEach(a -> args.add(a.asText()));
        check(new Submission(op.get("java_class").asText(), op.get("application").asText(),
                List.of(op.get("packages").asText().split(",")), args));
        assertTrue(op.get("conf").isObject(), "conf is a dict");
        op.get("conf").fieldNames().forEachRemaining(k -> assertTrue(k.startsWith("spark."), k));
        if (op.has("files")) {
            for (String f : op.get("files").asText().split(",")) {
                assertTrue(Files.isRegularFile(Settings.home().resolve("conf").resolve(Path.of(f).getFileName())),
                        "files: " + f + " is not one of the project's conf files");
            }
        }
    }

    @Test
    void theKubernetesManifestRunsACommandMainAccepts() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(
                SCHEDULE.resolve("nianbao-nightly.scheduled-spark-application.yaml").toFile());
        assertEquals("ScheduledSparkApplication", doc.get("kind").asText());
        JsonNode spec = doc.get("spec");
        assertEquals("Forbid", spec.get("concurrencyPolicy").asText());
        assertTrue(spec.get("schedule").asText().split("\\s+").length == 5, "a cron schedule");
        JsonNode t = spec.get("template");
        assertEquals("Java", t.get("type").asText());
        assertTrue(t.get("sparkVersion").asText().startsWith("4.2"), "Spark 4.2, as the jar is built for");
        List<String> args = new ArrayList<>();
        t.get("arguments").forEach(a -> args.add(a.asText()));
        List<String> packages = new ArrayList<>();
        t.get("deps").get("packages").forEach(p -> packages.add(p.asText()));
        check(new Submission(t.get("mainClass").asText(), t.get("mainApplicationFile").asText(), packages, args));
    }

    /** The class is Main with its main method, the jar is this build's cluster jar, the arguments parse. */
    private static void check(Submission s) throws Exception {
        Class<?> main = Class.forName(s.mainClass());
        Method m = main.getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(m.getModifiers()), s.mainClass() + ".main is not static");
        String jar = Path.of(s.jar().replaceFirst("^local://", "")).getFileName().toString();
        assertEquals("jobs-" + System.getProperty("nianbao.version") + "-cluster.jar", jar, "the jar the build makes");
        assertTrue(s.packages().contains("org.apache.hadoop:hadoop-aws:" + VersionInfo.getVersion()),
                "hadoop-aws of Spark's Hadoop (" + VersionInfo.getVersion() + "): " + s.packages());
        ParseResult parsed;
        try {
            parsed = Commands.commandLine().parseArgs(s.args().toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new AssertionError("Main does not accept " + s.args() + ": " + e.getMessage(), e);
        }
        assertTrue(parsed.hasSubcommand(), "no command in " + s.args());
        assertEquals("nightly", parsed.subcommand().commandSpec().name());
        assertTrue(parsed.subcommand().commandSpec().userObject() instanceof NightlyCommand);
        int confFile = s.args().indexOf("--conf-file");
        if (confFile >= 0) {
            Path named = Path.of(s.args().get(confFile + 1));
            assertTrue(Files.isRegularFile(Settings.home().resolve("conf").resolve(named.getFileName())),
                    "--conf-file " + named + " is not one of the project's conf files");
        }
    }

    private static String variable(String shell, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "=\"?(.*?)\"?$").matcher(shell);
        if (!m.find()) fail("no " + name + "= in the cron file");
        return m.group(1);
    }

    /** The keyword arguments of the DAG's SparkSubmitOperator call, as JSON, read with Python's ast (not run). */
    private static String python(Path dag) throws Exception {
        String script = String.join("\n",
                "import ast, json, sys",
                "tree = ast.parse(open(sys.argv[1], encoding='utf-8').read())",
                "calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)",
                "         and getattr(n.func, 'id', getattr(n.func, 'attr', None)) == 'SparkSubmitOperator']",
                "assert len(calls) == 1, 'expected one SparkSubmitOperator, found %d' % len(calls)",
                "imports = [a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)",
                "           and n.module == 'airflow.providers.apache.spark.operators.spark_submit' for a in n.names]",
                "assert 'SparkSubmitOperator' in imports, 'SparkSubmitOperator is not imported from the provider'",
                "print(json.dumps({k.arg: ast.literal_eval(k.value) for k in calls[0].keywords}))");
        Process p = new ProcessBuilder("python3", "-c", script, dag.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        assertEquals(0, p.exitValue(), "python3 could not read " + dag + ":\n" + out);
        return out;
    }

    @Test
    void everyScheduleFileIsChecked() throws Exception {
        try (var s = Files.list(SCHEDULE)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(Arrays.asList("nianbao-nightly.scheduled-spark-application.yaml", "nianbao_nightly_dag.py",
                    "nightly.cron"), names, "a new schedule needs its check here");
        }
    }
}
