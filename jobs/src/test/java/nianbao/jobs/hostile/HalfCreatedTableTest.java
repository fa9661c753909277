package nianbao.jobs.hostile;

import nianbao.jobs.Warehouse;
import nianbao.jobs.testing.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run killed while it created the tables leaves a table folder whose {@code _delta_log} holds no commit yet (empty,
 * or a temporary file of the first commit): the next run creates the table there instead of failing on it. A folder
 * that holds anything else is not touched: the error names it.
 */
class HalfCreatedTableTest extends SparkTestBase {
    @TempDir
    Path tmp;

    @Test
    void anEmptyLogFolderBecomesTheTable() throws IOException {
        Files.createDirectories(tmp.resolve("wh/documents/_delta_log"));
        assertCreatedEmpty(Warehouse.DOCUMENTS);
    }

    @Test
    void aFirstCommitCutShortBecomesTheTable() throws IOException {
        Path log = Files.createDirectories(tmp.resolve("wh/reports/_delta_log"));
        Files.writeString(log.resolve(".00000000000000000000.json.8f0c7e2a.tmp"), "{\"commitInfo\":{");
        Files.writeString(log.resolve("..00000000000000000000.json.8f0c7e2a.tmp.crc"), "x");
        assertCreatedEmpty(Warehouse.REPORTS);
    }

    @Test
    void aRunWithoutTheLeaseLeavesACreationInFlightAlone() throws IOException {
        // what the lease holder's first commit of a table looks like between writing its file and renaming it
        Path log = Files.createDirectories(tmp.resolve("wh/runs/_delta_log"));
        Path inFlight = Files.writeString(log.resolve(".00000000000000000000.json.5d1e.tmp"), "{\"commitInfo\":{");
        Warehouse wh = new Warehouse(tmp.resolve("wh").toString());
        assertThrows(IllegalStateException.class, () -> wh.create(spark, false));
        assertTrue(Files.exists(inFlight), "the holder's file is still there");
        assertTrue(wh.exists(spark, Warehouse.DOCUMENTS), "the other tables are created");
    }

    /** The warehouse under {@code tmp/wh} is created, the table among them, as an empty Delta table. */
    private void assertCreatedEmpty(String table) {
        Warehouse wh = new Warehouse(tmp.resolve("wh").toString());
        wh.create(spark);
        assertTrue(wh.exists(spark, table), table);
        assertEquals(0, wh.read(spark, table).count(), table);
    }

    @Test
    void aFolderWithOtherFilesIsNamedNotTouched() throws IOException {
        Warehouse wh = new Warehouse(tmp.resolve("wh").toString());
        Path log = Files.createDirectories(tmp.resolve("wh/runs/_delta_log"));
        Path data = tmp.resolve("wh/runs/part-00000.parquet");
        Files.writeString(data, "not ours to delete");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> wh.create(spark));
        assertTrue(e.getMessage().contains("runs"), e.getMessage());
        assertTrue(Files.exists(data) && Files.isDirectory(log), "nothing deleted");
    }
}
