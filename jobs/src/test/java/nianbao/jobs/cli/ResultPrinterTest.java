package nianbao.jobs.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The `sql` command's output formats (the Spark side is exercised by the ingest tests). */
class ResultPrinterTest {
    @Test
    void csvQuotesOnlyWhatNeedsQuoting() {
        // agency names carry commas and quotes in real reports: 某某县“放管服”办公室, 教育局
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",", ResultPrinter.csvLine(List.of("a", "b,c", "say \"hi\"", "")));
    }

    @Test
    void chineseCharactersTakeTwoColumnsInATable() {
        assertEquals(10, ResultPrinter.width("乡镇ab街道"));
        assertEquals(3, ResultPrinter.width("abc"));
    }
}
