package nianbao;

import nianbao.model.Flags;
import nianbao.model.Report;
import nianbao.read.Deadline;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParserFacadeTest {
    @Test // a document that takes too long is cut off with a clear error, not a hung task
    void timeoutIsAnError() {
        byte[] big = "规范性文件\t1\t2\t3\n".repeat(400_000).getBytes(StandardCharsets.UTF_8);
        Report r = ReportParser.parse("big.txt", big, null, 1).report();
        assertNotNull(r.error());
        assertTrue(r.error().startsWith("timeout: "), r.error());
        assertTrue(r.flags().contains(Flags.TIMEOUT));
        assertEquals(ReportParser.sha256(big), r.sha256());
    }

    @Test // the reader itself stops at its deadline
    void deadlineStopsTheReader() throws InterruptedException {
        Deadline d = Deadline.in(1);
        Thread.sleep(5);
        assertThrows(Deadline.Exceeded.class, d::check);
    }

    @Test // bytes that claim to be a PDF but are not: an error naming the reason, never an exception
    void badInputIsAnErrorNotACrash() {
        Report r = ReportParser.parse("broken.pdf", "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII)).report();
        assertNotNull(r.error());
        assertTrue(r.flags().contains(Flags.PARSE_ERROR));
        assertEquals("broken.pdf", r.file());
    }

    @Test // --explain names the line, cell, text and semantic of each headline value, or says it was deduced
    void explainSaysWhereValuesCameFrom() throws Exception {
        Explained e = ReportParser.explain("004.txt", GoldenTest.resource("004_d0913d7d57e43191.txt"), null);
        String all = String.join("\n", e.lines());
        assertTrue(all.contains("apps_new_total = 1  <- section3.new.6: line "), all);
        assertTrue(all.contains("\"1\" NUMERIC"), all);
        assertTrue(all.contains("procurement_amount_yuan = 63365"), all);
        Explained d = ReportParser.explain("002.txt", GoldenTest.resource("002_fb3e4d97a50cfdcc.txt"), null);
        assertTrue(String.join("\n", d.lines()).contains("apps_results_total = 0  <- section3.total.6: deduced"));
    }
}
