package nianbao.jobs.testing;

import io.delta.kernel.Scan;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.engine.FileReadResult;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.FileStatus;
import io.delta.kernel.internal.util.Utils;
import org.apache.hadoop.conf.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a Delta table with Delta Kernel — no Spark — to show the tables are plain Delta (Kernel 4.4 API). */
public final class KernelTable {
    private KernelTable() {
    }

    /** The values of one string column, over every row of the latest snapshot. */
    public static List<String> strings(String path, String column, Map<String, String> hadoopSettings)
            throws Exception {
        Configuration conf = new Configuration();
        hadoopSettings.forEach(conf::set);
        Engine engine = DefaultEngine.create(conf);
        Snapshot snap = Table.forPath(engine, path).getLatestSnapshot(engine);
        Scan scan = snap.getScanBuilder().build();
        Row state = scan.getScanState(engine);
        StructType physical = ScanStateRow.getPhysicalDataReadSchema(state);
        List<String> out = new ArrayList<>();
        try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
            while (files.hasNext()) {
                try (CloseableIterator<Row> rows = files.next().getRows()) {
                    while (rows.hasNext()) {
                        Row scanFile = rows.next();
                        FileStatus fs = InternalScanFileUtils.getAddFileStatus(scanFile);
                        CloseableIterator<ColumnarBatch> data = engine.getParquetHandler()
                                .readParquetFiles(Utils.singletonCloseableIterator(fs), physical, Optional.empty())
                                .map(FileReadResult::getData);
                        try (CloseableIterator<FilteredColumnarBatch> logical =
                                     Scan.transformPhysicalData(engine, state, scanFile, data)) {
                            while (logical.hasNext()) {
                                try (CloseableIterator<Row> it = logical.next().getRows()) {
                                    while (it.hasNext()) {
                                        Row r = it.next();
                                        int i = r.getSchema().indexOf(column);
                                        out.add(r.isNullAt(i) ? null : r.getString(i));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
