package nianbao.jobs;

import nianbao.jobs.testing.StandaloneCluster;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a data team does: spark-submit the shaded cluster jar to a real standalone cluster (a Master and a Worker, each
 * its own JVM, on loopback) and ingest the sample reports into a Delta warehouse. The executors are JVMs the Worker
 * starts, so this proves the cluster jar carries everything a plain Spark 4.2 installation lacks. The same on object
 * storage, with the nightly job and the statistics, is tools/corpus's ClusterNightlyS3IT.
 * Runs after packaging (failsafe), since it needs the cluster jar.
 */
class ClusterIT {
    @TempDir
    static Path tmp;
    private static StandaloneCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = StandaloneCluster.start(tmp, 2, "2g");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) cluster.close();
    }

    @Test
    void sparkSubmitIngestsTheSamplesOnTheCluster() throws Exception {
        Path warehouse = tmp.resolve("warehouse");
        Path log = tmp.resolve("submit.log");
        int rc = cluster.submit(log, 8, List.of("--master", cluster.masterUrl(),
                "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2",
                "--class", "nianbao.jobs.Main", StandaloneCluster.clusterJar(),
                "ingest", "--conf-file", "conf/cluster.properties",
                "--input", StandaloneCluster.home().resolve("samples").toString(), "--warehouse", warehouse.toString()));
        assertEquals(0, rc, "spark-submit failed:\n" + StandaloneCluster.tail(log));
        assertTrue(cluster.executorsRan(), "no executor ran under the Worker");

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
}
