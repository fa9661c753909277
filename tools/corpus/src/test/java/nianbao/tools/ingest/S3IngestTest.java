package nianbao.tools.ingest;

import nianbao.jobs.Warehouse;
import nianbao.jobs.ingest.Ingest;
import nianbao.jobs.ingest.RunStats;
import nianbao.jobs.testing.KernelTable;
import nianbao.jobs.testing.SparkTestBase;
import nianbao.tools.testing.S3Server;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Object storage end to end: reports uploaded through the S3 API to a real S3 server, ingested from s3a:// into a
 * warehouse on s3a://, read back with Delta Kernel (no Spark). Credentials must not leak into the runs table.
 */
class S3IngestTest extends SparkTestBase {
    @RegisterExtension
    static final S3Server s3 = new S3Server();

    @Test
    void ingestsFromS3IntoADeltaWarehouseOnS3() throws Exception {
        s3.createBucket("nianbao");
        try (Stream<Path> files = Files.list(samples())) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) s3.putFile("nianbao", "raw/2020/" + p.getFileName(), p);
        }
        Warehouse wh = new Warehouse("s3a://nianbao/warehouse");
        Ingest.Options o = Ingest.Options.of("s3a://nianbao/raw", null).withFilesPerTask(2);

        RunStats first = Ingest.run(spark, wh, o);
        assertEquals(5, first.listed());
        assertEquals(5, first.parsed() + first.failed());
        RunStats second = Ingest.run(spark, wh, o);
        assertEquals(0, second.fresh(), "a second run over unchanged objects reads nothing");

        List<String> shas = KernelTable.strings(wh.path(Warehouse.REPORTS), "sha256", s3.hadoopSettings());
        assertEquals(5, shas.size());
        assertEquals(5, shas.stream().distinct().count());
        List<String> paths = KernelTable.strings(wh.path(Warehouse.REPORTS), "path", s3.hadoopSettings());
        assertTrue(paths.stream().allMatch(p -> p.startsWith("s3a://nianbao/raw/2020/")), paths.toString());

        List<Row> runs = wh.read(spark, Warehouse.RUNS).collectAsList();
        assertEquals(2, runs.size());
        for (Row r : runs) {
            assertFalse(r.toString().contains(S3Server.SECRET_KEY), "credentials in the runs table: " + r);
            assertFalse(r.toString().contains(S3Server.ACCESS_KEY), "credentials in the runs table: " + r);
        }
    }
}
