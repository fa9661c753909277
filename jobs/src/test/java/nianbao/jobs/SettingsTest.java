package nianbao.jobs;

import nianbao.jobs.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a setting comes from, where a conf file is found on a cluster, and what is refused before anything runs. */
class SettingsTest {
    @TempDir
    Path tmp;

    /** The default exclusion, as the listing applies it (found anywhere in the path, case-insensitive). */
    @Test
    void theDefaultExclusionSkipsLabelsNotesAndManifestsOnly() {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(
                Settings.resolve(null, Map.of(), Map.of()).get(Settings.INGEST_EXCLUDE));
        for (String skipped : new String[]{"s3a://b/in/001.json", "file:/in/labels/x.JSONL", "file:/in/README.md",
                "file:/in/manifest.csv", "file:/in/crawl.log"}) {
            assertTrue(p.matcher(skipped).find(), skipped);
        }
        for (String kept : new String[]{"file:/in/a.html", "file:/in/json/b.pdf", "file:/in/c.md.txt",
                "file:/in/d.csv.xlsx", "file:/in/report-log.docx"}) {
            assertFalse(p.matcher(kept).find(), kept);
        }
    }

    @Test
    void eachValueKnowsWhereItCameFrom() throws Exception {
        Path conf = Files.writeString(tmp.resolve("a.properties"),
                "nianbao.input=s3a://b/in\nnianbao.ingest.files.per.task=50\nspark.sql.shuffle.partitions=64\n");
        Settings s = Settings.resolve(conf.toString(), Map.of("NIANBAO_WAREHOUSE", "s3a://b/wh"),
                Map.of(Settings.LEASE_SECONDS, "60"));
        assertEquals("file " + conf, s.origin(Settings.INPUT));
        assertEquals("file " + conf, s.origin("spark.sql.shuffle.partitions"));
        assertEquals("env NIANBAO_WAREHOUSE", s.origin(Settings.WAREHOUSE));
        assertEquals(Settings.FROM_FLAG, s.origin(Settings.LEASE_SECONDS));
        assertEquals(Settings.FROM_DEFAULT, s.origin(Settings.PARSE_TIMEOUT_SECONDS));
        assertTrue(s.given(Settings.INPUT));
        assertTrue(!s.given(Settings.MANIFEST));
    }

    @Test
    void badValuesAreRefusedNamingTheKeyAndWhereTheyCameFrom() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.resolve(null, Map.of(), Map.of(Settings.LEASE_SECONDS, "ten")));
        assertTrue(e.getMessage().contains("'nianbao.lease.seconds' (flag) must be a whole number"), e.getMessage());
        Path conf = Files.writeString(tmp.resolve("b.properties"), "nianbao.ingest.retry.failed=yes\n");
        e = assertThrows(IllegalArgumentException.class, () -> Settings.resolve(conf.toString(), Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("'nianbao.ingest.retry.failed' (file " + conf + ") must be true or false"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Settings.resolve(null, Map.of("NIANBAO_INGEST_EXCLUDE", "(*"), Map.of()));
        assertTrue(e.getMessage().contains("'nianbao.ingest.exclude' (env NIANBAO_INGEST_EXCLUDE)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Settings.resolve(null, Map.of(), Map.of(Settings.LIMIT_PAGES, "-1")));
        assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());
    }

    @Test
    void aBadValueOnTheCommandLineIsOneLineAndExit2() {
        Cli r = Cli.run("aggregate", "--warehouse", tmp.toString(), "--set", "nianbao.lease.wait.seconds=soon");
        assertEquals(2, r.code(), r.toString());
        assertEquals(1, r.err().strip().lines().count(), r.toString());
        assertTrue(r.err().contains("nianbao.lease.wait.seconds"), r.toString());
    }

    @Test
    void aConfFileSentWithFilesIsFoundInTheWorkingDirectoryByItsName() throws Exception {
        // spark-submit --files /etc/nianbao/x.properties: in cluster deploy mode the driver's container has ./x.properties
        String name = "nianbao-files-test-" + UUID.randomUUID() + ".properties";
        Path here = Path.of(name).toAbsolutePath();
        Files.writeString(here, "nianbao.ingest.files.per.task=9\n");
        try {
            Settings s = Settings.resolve("/etc/nianbao/" + name, Map.of(), Map.of());
            assertEquals(9, s.getLong(Settings.FILES_PER_TASK));
            assertEquals("file " + here, s.origin(Settings.FILES_PER_TASK));
        } finally {
            Files.delete(here);
        }
    }

    @Test
    void aConfFileIsFoundOnTheClassPath() {
        Settings s = Settings.resolve("conf/nianbao-classpath-test.properties", Map.of(), Map.of());
        assertEquals(7, s.getLong(Settings.FILES_PER_TASK));
        assertEquals("file classpath:nianbao-classpath-test.properties", s.origin(Settings.FILES_PER_TASK));
    }

    @Test
    void aMissingConfFileSaysWhereItWasLookedFor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.resolve("nowhere/none.properties", Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("the class path"), e.getMessage());
    }

    @Test
    void onAClusterTheInputAndWarehouseMustBeGiven() throws Exception {
        // cluster.properties with input and warehouse commented out, as shipped
        Path conf = Files.writeString(tmp.resolve("cluster.properties"), "nianbao.master=\n");
        System.setProperty("spark.master", "spark://127.0.0.1:1");
        try {
            Cli r = Cli.run("ingest", "--conf-file", conf.toString(), "--warehouse", tmp.resolve("wh").toString());
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains("give --input"), r.toString());
            r = Cli.run("aggregate", "--conf-file", conf.toString());
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains("give --warehouse"), r.toString());
            r = Cli.run("ingest", "--input", tmp.toString());
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains("give --warehouse"), r.toString());
        } finally {
            System.clearProperty("spark.master");
        }
    }
}
