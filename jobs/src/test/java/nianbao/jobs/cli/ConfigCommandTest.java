package nianbao.jobs.cli;

import nianbao.jobs.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `bin/nianbao config`: every setting with its origin, secrets masked, mistakes refused in one line. */
class ConfigCommandTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzSECRET";

    @TempDir
    Path tmp;

    @Test
    void printsEverySettingWithItsOriginAndMasksSecrets() throws Exception {
        Path conf = Files.writeString(tmp.resolve("c.properties"), "nianbao.warehouse=s3a://b/wh\n"
                + "spark.hadoop.fs.s3a.secret.key=" + SECRET + "\nspark.sql.shuffle.partitions=64\n");
        Cli r = Cli.run("config", "--conf-file", conf.toString(), "--set", "nianbao.input=s3a://b/in",
                "--set", "spark.hadoop.fs.s3a.session.token=" + SECRET);
        assertEquals(0, r.code(), r.toString());
        assertFalse(r.out().contains(SECRET) || r.err().contains(SECRET), r.toString());
        assertLine(r.out(), "nianbao.input", "s3a://b/in", "flag");
        assertLine(r.out(), "nianbao.warehouse", "s3a://b/wh", "file " + conf);
        assertLine(r.out(), "nianbao.lease.seconds", "600", "default");
        assertLine(r.out(), "spark.hadoop.fs.s3a.secret.key", "****", "file " + conf);
        assertLine(r.out(), "spark.hadoop.fs.s3a.session.token", "****", "flag");
        assertLine(r.out(), "spark.sql.shuffle.partitions", "64", "file " + conf);
        assertLine(r.out(), "spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension", "default");
        // every nianbao key is listed
        for (String k : nianbao.jobs.Settings.KNOWN.keySet()) assertTrue(r.out().contains(k + " "), k);
    }

    @Test
    void showsWhatSparkSubmitSet() {
        System.setProperty("spark.sql.shuffle.partitions", "400");
        try {
            Cli r = Cli.run("config");
            assertLine(r.out(), "spark.sql.shuffle.partitions", "400", "spark-submit");
        } finally {
            System.clearProperty("spark.sql.shuffle.partitions");
        }
    }

    @Test
    void unknownKeysAndBadValuesExit2InOneLineNamingTheKey() {
        Cli r = Cli.run("config", "--set", "nianbao.ingest.file.per.task=3");
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, r.err().strip().lines().count(), r.toString());
        assertTrue(r.err().contains("nianbao.ingest.file.per.task"), r.toString());
        r = Cli.run("config", "--set", "nianbao.ingest.files.per.task=many");
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, r.err().strip().lines().count(), r.toString());
        assertTrue(r.err().contains("'nianbao.ingest.files.per.task' (flag) must be a whole number"), r.toString());
        r = Cli.run("config", "--set", "hadoop.fs.s3a.endpoint=x");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("hadoop.fs.s3a.endpoint"), r.toString());
    }

    private static void assertLine(String out, String key, String value, String origin) {
        Pattern p = Pattern.compile("(?m)^" + Pattern.quote(key) + " +" + Pattern.quote(value) + " +\\("
                + Pattern.quote(origin) + "\\)$");
        assertTrue(p.matcher(out).find(), key + " = " + value + " (" + origin + ") not in:\n" + out);
    }
}
