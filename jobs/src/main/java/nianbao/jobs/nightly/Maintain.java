package nianbao.jobs.nightly;

import io.delta.tables.DeltaTable;
import nianbao.jobs.Warehouse;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import scala.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Table maintenance of every Delta table under a warehouse, each step only where it has something to do, so that
 * maintaining a maintained warehouse adds no table version:
 * <ul>
 *   <li>OPTIMIZE (bin-packing) once a table holds {@code minFiles} files averaging less than
 *   {@link #SMALL_FILE_BYTES}: {@code report_cells}, {@code failures} and {@code runs} grow by a few small files every
 *   run;</li>
 *   <li>VACUUM with the table's own retention ({@code delta.deletedFileRetentionDuration}: 30 days for the ingest
 *   tables, Delta's 7 days for the gold tables), never a shorter one, and only when the folder holds files older than
 *   that beyond the live ones and a dry run confirms some can go;</li>
 *   <li>a checkpoint of the latest version when there is none yet, so readers start from one file instead of
 *   replaying every commit since the last automatic checkpoint.</li>
 * </ul>
 */
public final class Maintain {
    private static final Logger LOG = LogManager.getLogger(Maintain.class);
    static final long SMALL_FILE_BYTES = 32L << 20;

    /** What maintenance did to one table: its live files before, and each step it took. */
    public record TableResult(String table, long files, boolean optimized, long vacuumed, boolean checkpointed) {
        @Override
        public String toString() {
            List<String> did = new ArrayList<>();
            if (optimized) did.add("optimized " + files + " small files");
            if (vacuumed > 0) did.add("vacuumed " + vacuumed + " files");
            if (checkpointed) did.add("checkpointed");
            return table + ": " + (did.isEmpty() ? "nothing to do" : String.join(", ", did));
        }
    }

    private Maintain() {
    }

    /** Maintains every Delta table under the warehouse (ingest tables, gold tables, any other). */
    public static List<TableResult> run(SparkSession spark, Warehouse wh, long minFiles) {
        List<TableResult> done = new ArrayList<>();
        for (String t : tables(spark, wh)) {
            TableResult r = table(spark, wh, t, minFiles);
            LOG.info("maintain {}", r);
            done.add(r);
        }
        return done;
    }

    /**
     * Each step decides from what is cheap to know (the snapshot's file count and size, usually from its checksum
     * file, and one listing of the table's folder) and only then starts a Spark job: a nightly run visits a dozen
     * tables, most of which have nothing to do.
     */
    static TableResult table(SparkSession spark, Warehouse wh, String table, long minFiles) {
        String path = wh.path(table);
        DeltaLog log = DeltaLog.forTable(spark, path);
        Snapshot snap = log.update(false, Option.empty(), Option.empty());
        long files = known(snap.numOfFilesIfKnown(), snap::numOfFiles);
        long bytes = known(snap.sizeInBytesIfKnown(), snap::sizeInBytes);
        boolean optimize = files >= Math.max(2, minFiles) && bytes / files < SMALL_FILE_BYTES;
        if (optimize) {
            DeltaTable.forPath(spark, path).optimize().executeCompaction();
            snap = log.update(false, Option.empty(), Option.empty());
        }
        long vacuumed = 0;
        // Files VACUUM may delete are not in the snapshot and older than the table's own retention
        // (delta.deletedFileRetentionDuration): without such a file on disk there is nothing to vacuum.
        long cutoff = System.currentTimeMillis() - DeltaLog.tombstoneRetentionMillis(snap.metadata());
        DataFiles disk = DataFiles.list(spark, path, cutoff);
        if (disk.count() > known(snap.numOfFilesIfKnown(), snap::numOfFiles) && disk.olderThanCutoff() > 0) {
            vacuumed = spark.sql("VACUUM delta.`" + path.replace("`", "``") + "` DRY RUN").count();
            // no retention argument: the table's own, which Delta also refuses to undercut
            if (vacuumed > 0) DeltaTable.forPath(spark, path).vacuum();
        }
        boolean checkpoint = snap.checkpointProvider().version() < snap.version();
        if (checkpoint) log.checkpoint(snap, Option.empty());
        return new TableResult(table, files, optimize, vacuumed, checkpoint);
    }

    private static long known(Option<Object> cheap, java.util.function.LongSupplier computed) {
        return cheap.isDefined() ? ((Number) cheap.get()).longValue() : computed.getAsLong();
    }

    /** The data files in a table's folder (not its log): how many, and how many older than a cut-off. */
    record DataFiles(long count, long olderThanCutoff) {
        static DataFiles list(SparkSession spark, String table, long cutoff) {
            Path root = new Path(table);
            long n = 0, old = 0;
            try {
                FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
                var it = fs.listFiles(root, true);
                while (it.hasNext()) {
                    var f = it.next();
                    String rel = f.getPath().toUri().getPath().substring(root.toUri().getPath().length());
                    if (rel.contains("/_delta_log/") || !f.getPath().getName().endsWith(".parquet")) continue;
                    n++;
                    if (f.getModificationTime() < cutoff) old++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + table, e);
            }
            return new DataFiles(n, old);
        }
    }

    /** The Delta tables directly under the warehouse, sorted. */
    public static List<String> tables(SparkSession spark, Warehouse wh) {
        Path root = new Path(wh.root());
        List<String> names = new ArrayList<>();
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(root)) throw new IllegalArgumentException("no warehouse at " + wh.root());
            for (FileStatus st : fs.listStatus(root)) {
                String name = st.getPath().getName();
                if (st.isDirectory() && !name.startsWith("_") && !name.startsWith(".") && wh.exists(spark, name)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the warehouse " + wh.root(), e);
        }
        names.sort(null);
        return names;
    }
}
