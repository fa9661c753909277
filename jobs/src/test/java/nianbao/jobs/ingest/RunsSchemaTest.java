package nianbao.jobs.ingest;

import io.delta.tables.DeltaTable;
import nianbao.jobs.Warehouse;
import nianbao.jobs.testing.SparkTestBase;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A warehouse whose {@code runs} table predates {@code steps}: the nightly run's row adds the column, old rows keep theirs. */
class RunsSchemaTest extends SparkTestBase {
    /** {@code runs} as created before the nightly command. */
    private static final String OLD_RUNS_DDL = "run_id STRING, kind STRING, started_at TIMESTAMP, ended_at TIMESTAMP, "
            + "input STRING, warehouse STRING, parser_version STRING, listed BIGINT, new BIGINT, parsed BIGINT, "
            + "failed BIGINT, skipped BIGINT, status STRING, error STRING";

    @TempDir
    Path tmp;

    @Test
    void aNightlyRowExtendsAnOldRunsTable() {
        Warehouse wh = new Warehouse(tmp.toString());
        DeltaTable.create(spark).location(wh.path(Warehouse.RUNS))
                .addColumns((StructType) DataType.fromDDL(OLD_RUNS_DDL)).property("delta.appendOnly", "true").execute();
        Instant now = Instant.now();
        RunLog.appendRun(spark, wh, new RunStats("r1", "ingest", now, now, "in", "p", 1, 1, 1, 0, 0, 0, 0));
        RunLog.appendRun(spark, wh, new RunStats("r2", "nightly", now, now, "in", "p", 1, 0, 0, 0, 1, 0, 0), null,
                List.of(new RunLog.Step("ingest", 1.5, "ok", "0 new"), new RunLog.Step("aggregate", 0.2, "ok", null)));
        List<Row> rows = wh.read(spark, Warehouse.RUNS).orderBy("run_id").collectAsList();
        assertEquals(2, rows.size());
        assertNull(rows.get(0).getAs("steps"));
        List<Row> steps = rows.get(1).getList(rows.get(1).fieldIndex("steps"));
        assertEquals("ingest", steps.get(0).getAs("name"));
        assertEquals(1.5, steps.get(0).<Double>getAs("seconds"));
        assertTrue(steps.get(1).isNullAt(steps.get(1).fieldIndex("detail")));
    }
}
