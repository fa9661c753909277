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
 * One snippet per metadata failure class seen in real web-page texts (issue 12): pages without a title or a name,
 * mirror copies, zones, years only in the narrative. Body names are made up; the places are real, as the gazetteer
 * must know them.
 */
class MetadataRealTextTest {
    private static Report read(String text) {
        return read(text, null);
    }

    private static Report read(String text, String sourceUrl) {
        ReportBuilder b = new ReportBuilder();
        MetadataReader.read(text, sourceUrl, null, b);
        return b.build();
    }

    @Test
    void titleOnlyInTheOpeningSentence() {
        // The page prints no title line: the agency and year are quoted in the first sentence.
        Report r = read("根据《中华人民共和国政府信息公开条例》的有关规定,现向社会公布2021年洛阳市文旅测试局政府信息公开工作年度报告。"
                + "本报告中所列数据的统计时限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n2021年,我局认真落实条例。\n");
        assertEquals("洛阳市文旅测试局", r.agency());
        assertEquals("prefecture", r.level());
        assertEquals(true, r.isDepartment());
        assertEquals("河南", r.province());
        assertEquals(2021, r.reportYear());
    }

    @Test
    void pinyinReadingsInsideTheTitleName() {
        // A Traditional-script mirror prints readings after characters: 「德亭鎮(zhèn)人民政府」 once simplified.
        Report r = read("嵩县德亭镇(zhèn)人民政府政府信息公开工作2020年度报告 |\n根据(jù)条例,本年度报告所列数(shù)据的统计期限自2020年1月1日起至2020年12月31日止,。\n");
        assertEquals("嵩县德亭镇人民政府", r.agency());
        assertEquals("township", r.level());
        assertEquals("河南", r.province());
        assertEquals("嵩县", r.county());
    }

    @Test
    void zoneNamedAfterItsCityWithoutShi() {
        // 「某某新区管委会」: the codes lack the zone and the name writes its city without 市.
        Report r = read("2025年度洛阳临湖新区管委会政府信息公开工作年度报告\n本报告中所列数据统计期限自20251月1日至202512月31日截止。\n");
        assertEquals("洛阳临湖新区管委会", r.agency());
        assertEquals("county", r.level());
        assertEquals("河南", r.province());
        assertEquals("洛阳市", r.prefecture());
        assertEquals("zone named after 洛阳市", r.placeEvidence());
        assertEquals(2025, r.reportYear());
        assertTrue(r.flags().contains(Flags.PLACE_UNRESOLVED));
    }

    @Test
    void zoneOfAMunicipality() {
        // Municipalities are provinces in the codes; a zone under one is administered like a district.
        Report r = read("重庆临江示范区管理委员会2020年政府信息公开工作年度报告\n");
        assertEquals("county", r.level());
        assertEquals("重庆", r.province());
        assertNull(r.prefecture());
    }

    @Test
    void zoneCitySharingItsProvincesName() {
        // 「吉林」 is a province and a city: a zone is the city's (provinces are written with 省).
        Report r = read("吉林北湖示范区管理委员会2020年政府信息公开工作年度报告\n");
        assertEquals("吉林", r.province());
        assertEquals("吉林市", r.prefecture());
        // A name that only starts like a city (本溪 is a city, 本溪湖 is not a zone word) is not a zone.
        Report plain = read("本溪湖测试中心2020年政府信息公开工作年度报告\n");
        assertNull(plain.province());
    }

    @Test
    void unnamedTownshipSpeaksOfItselfAsWoZhen() {
        // The excerpt starts at 「一、总体情况」: no title, no name, only 「我镇」 and the year opening the section.
        Report r = read("一、总体情况\n2022年,我镇认真贯彻落实条例要求。2022年我镇公开政府信息243条。\n二、主动公开政府信息情况\n");
        assertNull(r.agency());
        assertEquals("township", r.level());
        assertEquals(false, r.isDepartment());
        assertEquals("self-reference 我镇", r.placeEvidence());
        assertNull(r.province());
        assertEquals(2022, r.reportYear());
    }

    @Test
    void unnamedBureauFollowingItsCountysPlan() {
        // 「我局」 without a name, 「严格按照某某区政务公开工作要点开展工作」: a department of that district.
        Report r = read("依据条例,制作本报告。\n一、总体情况\n2019年,我局高度重视政府信息公开工作,严格按照嵩县政务公开工作要点开展工作。"
                + "全年主动公开政府信息224条。\n");
        assertNull(r.agency());
        assertEquals("county", r.level());
        assertEquals(true, r.isDepartment());
        assertEquals("河南", r.province());
        assertEquals(2019, r.reportYear());
        // The same with a district name two municipalities share (朝阳区: 北京 and 长春): level yes, province no.
        Report amb = read("一、总体情况\n2019年,我局严格按照朝阳区政务公开工作要点开展工作。\n");
        assertEquals("county", amb.level());
        assertNull(amb.province());
    }

    @Test
    void unnamedBureauUnderACityIsNotPlacedByAProvincialPlan() {
        // A county bureau also follows its province's plan: only a county's plan gives the level.
        Report r = read("一、总体情况\n2019年,我局认真落实河南省政务公开工作要点。\n");
        assertEquals("unknown", r.level());
        assertEquals("河南", r.province());
    }

    @Test
    void mirrorLeaveSitePromptNamesThePortal() {
        // A mirror of a district portal: only the leave-site prompt says whose portal it is; the body stays unknown.
        Report r = read("您访问的链接即将离开“嵩县人民政府”门户网站\n是否继续?\n第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n");
        assertNull(r.agency());
        assertEquals("unknown", r.level());
        assertEquals("河南", r.province());
        assertEquals("洛阳市", r.prefecture());
        assertNull(r.reportYear());
    }

    @Test
    void provincialNoticeOnTheReportsGivesTheProvince() {
        // 「根据市…局转发的《某某省人民政府办公厅关于做好2020年政府信息公开年度报告…的通知》…现将我局…报告如下」.
        Report r = read("根据市政务服务和数据管理局转发的《河南省人民政府办公厅关于做好2020年政府信息公开年度报告编制和发布工作的通知》有关要求,"
                + "现将我局2020年度政府信息公开情况报告如下。\n第二十条第(一)项 | |||\n");
        assertEquals("unknown", r.level());
        assertEquals("河南", r.province());
        assertEquals(2020, r.reportYear());
    }

    @Test
    void provincialDomainPlacesAnUnnamedBody() {
        // The page's address is the only evidence: a township channel under a provincial portal's label.
        Report r = read("一、总体情况\n2022年,我镇认真贯彻落实条例要求。\n", "http://qionghai.hainan.gov.cn/xz/yjz/zfxxgk/123.html");
        assertEquals("township", r.level());
        assertEquals("海南", r.province());
        assertEquals("self-reference 我镇; province from domain qionghai.hainan.gov.cn", r.placeEvidence());
        Report city = read("一、总体情况\n2020年,我局认真贯彻落实条例要求。\n", "http://gxj.wuhai.gov.cn/a/1.html");
        assertEquals("内蒙古", city.province());
        assertEquals("乌海市", city.prefecture());
        assertEquals("unknown", city.level());
    }

    @Test
    void mixedSelfReferencesSayNothing() {
        // A township's report quoting its county (我县) as often as itself (我镇): no level from either.
        Report r = read("一、总体情况\n2022年,我镇按照我县部署,我县要求我镇公开信息。\n");
        assertEquals("unknown", r.level());
    }

    @Test
    void yearOpeningTheOverviewOnlyWithAComma() {
        // 「2019年以来」 opens a span, not the year under review.
        Report r = read("一、总体情况\n2019年以来,我镇持续推进政务公开。\n");
        assertNull(r.reportYear());
        assertTrue(r.flags().contains(Flags.YEAR_MISSING));
    }

    @Test
    void publicationDateEarlyNextYear() {
        // A portal's metadata block is the only date: published in January 2021, so the report covers 2020.
        Report r = read("发布日期:2021-01-28    点击数:\n政府信息公开工作年度报告\n一、总体情况\n本年度,我镇稳步推进。\n");
        assertEquals(2020, r.reportYear());
        // Published in September: a re-post or a late report, which year it covers is not certain.
        Report late = read("发布日期:2021-09-28\n政府信息公开工作年度报告\n一、总体情况\n本年度,我镇稳步推进。\n");
        assertNull(late.reportYear());
        assertFalse(late.flags().contains(Flags.YEAR_CONFLICT));
    }

    @Test
    void periodCutAfterItsStart() {
        // An excerpt cut inside the period sentence, its digits dropped: 「统计期限自20191月1日起至」.
        Report r = read("本报告中所列数据的统计期限自20191月1日起至");
        assertEquals(2019, r.reportYear());
    }

    @Test
    void provincialDomainChoosesAmongAmbiguousTownships() {
        // 宝峰镇 is in 江西 and 重庆; a page under 重庆's portal label tells which.
        Report r = read("宝峰镇人民政府2020年政府信息公开工作年度报告\n", "http://www.cq.gov.cn/zwgk/1.html");
        assertEquals("重庆", r.province());
        assertEquals("永川区", r.county());
        assertEquals("domain www.cq.gov.cn", r.placeEvidence());
    }

    @Test
    void ambiguousNameIsNotPlacedByThePortalBanner() {
        // The portal cannot overrule the name: 宝峰镇 is not in 河南, so the portal of 嵩县 is not taken.
        Report r = read("您访问的链接即将离开“嵩县人民政府”门户网站\n宝峰镇人民政府2020年政府信息公开工作年度报告\n");
        assertTrue(r.flags().contains(Flags.PLACE_AMBIGUOUS));
        assertNull(r.province());
    }

    @Test
    void guidanceOnWritingReportsIsNotTheTitle() {
        // A bureau citing its province's guideline: the province is where it is, not who it is.
        Report r = read("根据省政府办公厅发布《河南省政府信息公开工作年度报告编制指引》的要求,现将我局2020年度政府信息公开工作情况报告如下。\n");
        assertNull(r.agency());
        assertEquals("unknown", r.level());
        assertEquals(2020, r.reportYear());
    }

    @Test
    void siteFooterNamesTheSitesOwner() {
        // A whole page's text: the report never names its body, the footer names the site's owner.
        Report r = read("一、总体情况\n2020年,我局认真贯彻落实条例要求。\n六、其他需要报告的事项\n无。\n"
                + "主办：嵩县人民政府办公室 承办：嵩县大数据中心 网站标识码：4103250001\n");
        assertEquals("河南", r.province());
        assertEquals("province from site run by 嵩县人民政府办公室", r.placeEvidence());
    }

    @Test
    void departmentSiteBanner() {
        // The excerpt starts with a department site's banner, the report says only 「我局」.
        Report r = read("洛阳市测试局门户网站\n首页 > 信息公开 > 年报\n一、总体情况\n2020年,我局认真贯彻落实条例要求。\n");
        assertEquals("河南", r.province());
        assertEquals("洛阳市", r.prefecture());
        assertEquals("unknown", r.level());
    }

    @Test
    void titleOnlyInThePagesAddress() {
        // A Traditional-script wiki mirror: the text says 「我局」, the percent-encoded page address holds the title.
        String url = "https://www.example.com.tw/wiki/"
                + java.net.URLEncoder.encode("洛陽市測試局2020年政府信息公開年度報告", java.nio.charset.StandardCharsets.UTF_8);
        Report r = read("根據有關要求,現將我局2020年度政府信息公開情況報告如下。\n第二十條第(一)項 |\n", url);
        assertEquals("洛阳市测试局", r.agency());
        assertEquals("prefecture", r.level());
        assertEquals("河南", r.province());
        assertEquals(2020, r.reportYear());
        // An address without a report title adds nothing.
        Report plain = read("現將我局2020年度政府信息公開情況報告如下。\n", "https://www.example.com.tw/wiki/12345.html");
        assertNull(plain.agency());
    }

    @Test
    void aCitedRegulationOnWebsitesIsNotThePortal() {
        // 「依据…《某某省政府网站管理办法》」 in the first lines: a law's title, not the site the page is on.
        Report r = read("依据《中华人民共和国政府信息公开条例》、《河南省政府网站管理办法》等规定,我局全面推进政务公开。\n一、总体情况\n");
        assertNull(r.province());
    }

    @Test
    void yearOpeningTheOverviewWithTheBodysOwnWords() {
        // 「2020年我镇…」 without a comma still opens the year under review.
        Report r = read("一、总体情况\n2020年我镇坚持以公开为常态。\n");
        assertEquals(2020, r.reportYear());
    }

    @Test
    void genericZoneNameAfterItsCity() {
        // 「某某高新区管委会」: the codes hold 高新区 as township-level rows of several counties elsewhere; the city decides.
        Report r = read("洛阳高新区管委会2020年政府信息公开工作年度报告\n");
        assertEquals("county", r.level());
        assertEquals("河南", r.province());
        assertEquals("洛阳市", r.prefecture());
        assertEquals("zone named after 洛阳市", r.placeEvidence());
        assertFalse(r.flags().contains(Flags.PLACE_AMBIGUOUS));
        // A longer zone name ending in a generic row's name is not that row (开发区 of some district of the city).
        Report longer = read("武汉东湖测试技术开发区管委会2020年政府信息公开工作年度报告\n");
        assertEquals("county", longer.level());
        assertEquals("湖北", longer.province());
        assertNull(longer.county());
        assertNull(longer.placeCode());
    }

    @Test
    void stateFarmGovernmentFoundByItsWholeName() {
        // Township-level units named 某某农场 / 某某林场 end in no division suffix, so no scan finds them.
        Report r = read("造纸林场人民政府2020年政府信息公开工作年度报告\n");
        assertEquals("township", r.level());
        assertEquals(false, r.isDepartment());
        assertEquals("河南", r.province());
        assertEquals("兰考县", r.county());
    }
}
