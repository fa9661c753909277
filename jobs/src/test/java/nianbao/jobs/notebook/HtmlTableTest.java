package nianbao.jobs.notebook;

import nianbao.jobs.testing.SparkTestBase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTableTest extends SparkTestBase {
    // show() pads by characters, so Chinese text (two columns wide) shifts every column after it; the HTML table
    // aligns by cell, numbers right, text left, null as a dash.
    @Test
    void chineseTextNumbersAndNullsAlignByCell() {
        var ds = spark.sql("SELECT * FROM VALUES ('德亭镇人民政府', 3, 0.123456D, CAST(12.50 AS DECIMAL(24,4))), "
                + "('国务院办公厅', NULL, NULL, NULL) AS t(agency, apps, rate, yuan)");
        Element table = Jsoup.parse(HtmlTable.of(ds, 50, "t")).selectFirst("table[data-table=t]");
        Elements th = table.select("th");
        assertEquals("agency apps rate yuan", th.eachText().stream().reduce((a, b) -> a + " " + b).orElseThrow());
        Elements first = table.select("tbody tr").get(0).select("td");
        assertEquals("德亭镇人民政府", first.get(0).text());
        assertEquals("0.1235", first.get(2).text(), "doubles to 4 decimals");
        assertEquals("12.5", first.get(3).text(), "decimals exact, without trailing zeros");
        assertTrue(first.get(1).attr("style").contains("text-align:right"));
        assertTrue(first.get(0).attr("style").contains("text-align:left"));
        assertEquals("–", table.select("tbody tr").get(1).select("td").get(1).text(), "null is a dash, never 0");
    }

    @Test
    void saysWhenRowsAreCutOff() {
        String html = HtmlTable.of(spark.range(10).toDF("id"), 3, null);
        assertEquals(3, Jsoup.parse(html).select("tbody tr").size());
        assertTrue(html.contains("first 3 rows"));
    }
}
