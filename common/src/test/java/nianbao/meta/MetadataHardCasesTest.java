package nianbao.meta;

import nianbao.model.Flags;
import nianbao.model.Report;
import nianbao.model.ReportBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One snippet per real-world metadata mess (from real reports and the seeds): township names shared by two provinces,
 * departments versus governments at each level, variant characters, years lost, contradicted or absent, spam and
 * banners before the title, a source URL that settles the place. What the text cannot decide is flagged, not guessed.
 */
class MetadataHardCasesTest {
    private static final String PERIOD_2020 = "本报告所列数据的统计期限为2020年1月1日至2020年12月31日。\n一、总体情况\n";

    private static Report read(String text) {
        return read(text, null);
    }

    private static Report read(String text, String sourceUrl) {
        ReportBuilder b = new ReportBuilder();
        MetadataReader.read(text, sourceUrl, null, b);
        return b.build();
    }

    @Test
    void ambiguousTownshipIsFlaggedNotGuessed() {
        // 宝峰镇 exists in 江西 and in 重庆; the text gives nothing else.
        Report r = read("宝峰镇人民政府2020年政府信息公开工作年度报告\n" + PERIOD_2020);
        assertEquals("宝峰镇人民政府", r.agency());
        assertEquals("township", r.level());
        assertEquals(false, r.isDepartment());
        assertNull(r.province());
        assertNull(r.placeCode());
        assertTrue(r.flags().contains(Flags.PLACE_AMBIGUOUS));
    }

    @Test
    void countyAndTownshipInTitle() {
        Report r = read("靖安县宝峰镇2020年度政府信息公开\n工作年度报告\n" + PERIOD_2020 + "由宝峰镇人民政府编制。");
        assertEquals("靖安县宝峰镇人民政府", r.agency());
        assertEquals("江西", r.province());
        assertEquals("宜春市", r.prefecture());
        assertEquals("靖安县", r.county());
        assertEquals("county+township in name", r.placeEvidence());
    }

    @Test
    void departmentOfACounty() {
        Report r = read("嵩县教育局2020年政府信息公开工作年度报告\n" + PERIOD_2020);
        assertEquals("嵩县教育局", r.agency());
        assertEquals(true, r.isDepartment());
        assertEquals("county", r.level());
        assertEquals("河南", r.province());
        assertEquals("嵩县", r.county());
    }

    @Test
    void countyGovernmentOfficeIsADepartment() {
        Report r = read("嵩县人民政府办公室2020年政府信息公开工作年度报告\n" + PERIOD_2020);
        assertEquals(true, r.isDepartment());
        assertEquals("county", r.level());
    }

    @Test
    void healthCommissionOfACountyIsADepartment() {
        Report r = read("2021年靖安县卫生健康委员会政府信息公开工作年度报告\n统计时限为2021年1月1日至2021年12月31日。");
        assertEquals("靖安县卫生健康委员会", r.agency());
        assertEquals(true, r.isDepartment());
        assertEquals("county", r.level());
        assertEquals(2021, r.reportYear());
    }

    @Test
    void prefectureLevelCityGovernment() {
        Report r = read("洛阳市人民政府2020年政府信息公开工作年度报告\n" + PERIOD_2020);
        assertEquals("洛阳市人民政府", r.agency());
        assertEquals(false, r.isDepartment());
        assertEquals("prefecture", r.level());
        assertEquals("河南", r.province());
        assertEquals("洛阳市", r.prefecture());
        assertNull(r.county());
    }

    @Test
    void provincialDepartment() {
        Report r = read("江西省教育厅2021年政府信息公开工作年度报告\n");
        assertEquals("江西省教育厅", r.agency());
        assertEquals(true, r.isDepartment());
        assertEquals("province", r.level());
        assertEquals("江西", r.province());
        assertNull(r.prefecture());
    }

    @Test
    void centralMinistry() {
        Report r = read("教育部2020年政府信息公开工作年度报告\n" + PERIOD_2020);
        assertEquals("教育部", r.agency());
        assertEquals("central", r.level());
        assertEquals(true, r.isDepartment());
        assertNull(r.province());
        assertFalse(r.flags().contains(Flags.PLACE_UNRESOLVED));
        assertEquals("central", read("国家税务总局2020年政府信息公开工作年度报告\n").level());
        assertEquals("central", read("住房和城乡建设部2020年政府信息公开工作年度报告\n").level());
    }

    @Test
    void streetOfficeIsATownshipGovernment() {
        // 三里屯街道 exists in 北京 朝阳区 and in 河北; the district in the name decides.
        Report r = read("北京市朝阳区三里屯街道办事处2020年政府信息公开工作年度报告\n" + PERIOD_2020);
        assertEquals("北京市朝阳区三里屯街道办事处", r.agency());
        assertEquals(false, r.isDepartment());
        assertEquals("township", r.level());
        assertEquals("北京", r.province());
        assertEquals("朝阳区", r.county());
    }

    @Test
    void variantCharacterInTownshipName() {
        // Reports write 郭楞, the codes 郭愣; the agency stays as written.
        Report r = read("吉尔格勒特郭楞蒙古民族乡\n政府信息公开工作2020年度报告\n" + PERIOD_2020);
        assertEquals("吉尔格勒特郭楞蒙古民族乡", r.agency());
        assertEquals("新疆", r.province());
        assertEquals("654202205", r.placeCode());
    }

    @Test
    void droppedYearDigitsFallBackToTheIntactSource() {
        // Title lost its year (「年度东岗镇」) and the period lost 年/月 (「202011日至20201231日」).
        Report r = read("特向社会公开年度东岗镇政府信息公开工作年度报告\n统计期限为202011日至20201231日。\n");
        assertEquals(2020, r.reportYear());
        assertFalse(r.flags().contains(Flags.YEAR_CONFLICT));
        assertFalse(r.flags().contains(Flags.YEAR_MISSING));
    }

    @Test
    void titleAndPeriodDisagree() {
        // A template reused from last year: the title was updated, the period was not.
        Report r = read("德亭镇人民政府2020年政府信息公开工作年度报告\n统计期限为2019年1月1日至2019年12月31日。\n");
        assertEquals(2020, r.reportYear());
        assertTrue(r.flags().contains(Flags.YEAR_CONFLICT));
    }

    @Test
    void loneTitleContradictedBySignature() {
        // Signed 2020年1月25日 (seed 004's typo) but nothing else confirms the title's 2020.
        Report r = read("德亭镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n略。\n德亭镇人民政府\n2020年1月25日\n");
        assertEquals(2020, r.reportYear());
        assertTrue(r.flags().contains(Flags.YEAR_CONFLICT));
    }

    @Test
    void signatureDateAloneGivesThePreviousYear() {
        Report r = read("一、总体情况\n我镇依法公开政府信息。\n德亭镇人民政府\n2021年2月3日\n");
        assertEquals(2020, r.reportYear());
        assertEquals("德亭镇人民政府", r.agency());
    }

    @Test
    void noYearAnywhere() {
        Report r = read("德亭镇人民政府政府信息公开工作年度报告\n一、总体情况\n略。\n");
        assertNull(r.reportYear());
        assertTrue(r.flags().contains(Flags.YEAR_MISSING));
    }

    @Test
    void spamGluedBeforeTheTitle() {
        // Mirror sites inject gambling strings into titles.
        Report r = read("赌博软件app德亭镇人民政府2020年政府信息公开工作年度报告\n" + PERIOD_2020);
        assertEquals("德亭镇人民政府", r.agency());
        assertEquals("河南", r.province());
    }

    @Test
    void bannerLinesBeforeTheTitle() {
        Report r = read("""
                嵩县人民政府门户网站
                首页 > 政务公开 > 政府信息公开年报
                发布时间：2021-01-20 来源：德亭镇 字号：大 中 小
                德亭镇人民政府2020年政府信息公开工作年度报告
                """ + PERIOD_2020);
        assertEquals("德亭镇人民政府", r.agency());
        assertEquals(2020, r.reportYear());
        assertEquals("嵩县", r.county());
    }

    @Test
    void domainInSourceUrlResolvesAnAmbiguousTownship() {
        Report r = read("宝峰镇人民政府2020年政府信息公开工作年度报告\n" + PERIOD_2020,
                "http://www.jaxzf.gov.cn/xxgk-show-488796.html");
        assertEquals("江西", r.province());
        assertEquals("靖安县", r.county());
        assertEquals("domain www.jaxzf.gov.cn", r.placeEvidence());
        assertFalse(r.flags().contains(Flags.PLACE_AMBIGUOUS));
    }

    @Test
    void townshipRenamedSinceTheCodes() {
        // A township the 2023 codes do not have: flagged, its county still known.
        Report r = read("靖安县青云湖镇人民政府2020年政府信息公开工作年度报告\n" + PERIOD_2020);
        assertTrue(r.flags().contains(Flags.PLACE_UNRESOLVED));
        assertEquals("township", r.level());
        assertEquals("江西", r.province());
        assertEquals("靖安县", r.county());
        assertNull(r.placeCode());
    }

    @Test
    void townshipsOwnOfficeSigningIsNotTheAgency() {
        Report r = read("靖安县宝峰镇2020年度政府信息公开工作年度报告\n" + PERIOD_2020
                + "由宝峰镇人民政府编制。\n宝峰镇党政办公室\n2021年1月25日\n");
        assertEquals("靖安县宝峰镇人民政府", r.agency());
    }

    @Test
    void noAgencyNamed() {
        Report r = read("2020年政府信息公开工作年度报告\n" + PERIOD_2020 + "我局认真贯彻条例。\n");
        assertNull(r.agency());
        assertEquals("unknown", r.level());
        assertEquals(2020, r.reportYear());
        assertTrue(r.flags().contains(Flags.PLACE_UNRESOLVED));
    }

    @Test
    void fullWidthDigitsAndSpacedPeriod() {
        // Word exports keep full-width digits; PDF text puts spaces between every token.
        Report r = read("德亭镇人民政府２０２０年政府信息公开工作年度报告\n统计期限为 2020 年 1 月 1 日至 2020 年 12 月 31 日。\n");
        assertEquals(2020, r.reportYear());
        assertFalse(r.flags().contains(Flags.YEAR_CONFLICT));
        assertEquals("德亭镇人民政府", r.agency());
    }

    @Test
    void narrativeOnlyReportNamesItselfInTheBody() {
        // Seed 001: no title, no signature; the body says 紫溪镇 and 我镇 throughout.
        Report r = read("一、总体情况\n一年来，紫溪镇政府信息公开工作稳步推进。紫溪镇始终高度重视。截止2019年12月31日，我镇公开信息。\n");
        assertEquals("紫溪镇", r.agency());
        assertEquals("township", r.level());
        assertEquals("云南", r.province());
        assertEquals(2019, r.reportYear());
    }

    @Test
    void titleWithoutNameUsesThePortalsPublisher() {
        // County portals list township and department reports under a generic title with a metadata block.
        Report r = read("索引号：11410325/2021-00012\n发布机构：嵩县教育局\n2020年政府信息公开工作年度报告\n" + PERIOD_2020);
        assertEquals("嵩县教育局", r.agency());
        assertEquals(true, r.isDepartment());
        assertEquals("county", r.level());
    }

    @Test
    void titleIntroducedByGuanyu() {
        Report r = read("关于嵩县人民政府2020年度政府信息公开工作的报告\n" + PERIOD_2020 + "六、其他需要报告的事项\n无\n");
        assertEquals("嵩县人民政府", r.agency());
        assertEquals(false, r.isDepartment());
        assertEquals("county", r.level());
        assertEquals(2020, r.reportYear());
    }

    @Test
    void signatureDatedInChineseNumerals() {
        // Formal documents date themselves 二〇二一年一月二十日; with no title year the signature gives 2020.
        Report r = read("一、总体情况\n略。\n德亭镇人民政府\n二〇二一年一月二十日\n");
        assertEquals(2020, r.reportYear());
        assertEquals("德亭镇人民政府", r.agency());
    }

    @Test
    void emptyOrMissingText() {
        // An extractor that found no text must still give a report: nothing invented, everything flagged.
        for (String text : new String[] {null, "", "  \n\u3000\n"}) {
            Report r = read(text);
            assertNull(r.agency());
            assertNull(r.reportYear());
            assertNull(r.province());
            assertEquals("unknown", r.level());
            assertTrue(r.flags().contains(Flags.YEAR_MISSING));
        }
    }

    @Test
    void provincialGovernmentAndMunicipality() {
        // Municipalities are provinces in the codes: 北京市人民政府 is provincial, its districts are counties.
        Report jx = read("江西省人民政府2020年政府信息公开工作年度报告\n");
        assertEquals("province", jx.level());
        assertEquals(false, jx.isDepartment());
        assertEquals("江西", jx.province());
        Report bj = read("北京市人民政府2020年政府信息公开工作年度报告\n");
        assertEquals("province", bj.level());
        assertEquals("北京", bj.province());
        Report cq = read("重庆市永川区宝峰镇人民政府2020年政府信息公开工作年度报告\n");
        assertEquals("township", cq.level());
        assertEquals("重庆", cq.province());
        assertEquals("永川区", cq.county());
        assertNull(cq.prefecture());
    }
}
