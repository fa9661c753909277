package nianbao.jobs.stats;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one printer of the command line (table, CSV, JSON Lines); no Spark session, rows built by hand. */
class StatsPrinterTest {
    private static final StructType SCHEMA = new StructType()
            .add("agency", DataTypes.StringType).add("n", DataTypes.LongType);

    @Test
    void csvQuotesOnlyWhatNeedsQuotingAndLeavesNullEmpty() {
        // agency names carry commas and quotes in real reports: 某某县“放管服”办公室, 教育局
        List<Row> rows = List.of(RowFactory.create("b,c", 1L), RowFactory.create("say \"hi\"", null),
                RowFactory.create("a", 2L));
        assertEquals("agency,n\n\"b,c\",1\n\"say \"\"hi\"\"\",\na,2\n",
                StatsPrinter.format(SCHEMA, rows, StatsPrinter.OutputFormat.CSV));
    }

    @Test
    void chineseCharactersTakeTwoColumnsAndNumbersAlignRight() {
        List<Row> rows = List.of(RowFactory.create("乡镇", 7L), RowFactory.create("abc", 12L));
        // the header pads to the column's width too
        assertEquals("agency  n \n" + "乡镇     7\n" + "abc     12\n",
                StatsPrinter.format(SCHEMA, rows, StatsPrinter.OutputFormat.TABLE));
    }

    @Test
    void jsonLinesKeepNullsAndNumbers() {
        List<Row> rows = List.of(RowFactory.create("乡镇", null));
        assertEquals("{\"agency\":\"乡镇\",\"n\":null}\n",
                StatsPrinter.format(SCHEMA, rows, StatsPrinter.OutputFormat.JSON));
    }
}
