package nianbao.jobs.ingest;

import nianbao.jobs.Warehouse;
import nianbao.jobs.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class IngestDebugTest extends SparkTestBase {
    @TempDir
    static Path tmp;

    @Test
    void debug() {
        Warehouse wh = new Warehouse(tmp.resolve("wh").toString());
        RunStats r = Ingest.run(spark, wh, new Ingest.Options(samples().toString(), null, 200, 64 << 20, 60));
        System.out.println(r);
        wh.read(spark, "reports").show();
    }
}
