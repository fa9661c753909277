package nianbao.meta;

import nianbao.place.Gazetteer;
import nianbao.place.Mention;
import nianbao.place.Place;
import nianbao.place.PlaceLevel;
import nianbao.place.PlaceResolver;
import nianbao.place.Resolution;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a report ties its body to without naming the body: the government whose plan or leadership it follows
 * (「严格按照某某区政务公开工作要点」, 「在某某县委、县政府的领导下」), the portal it is published on
 * (「您访问的链接即将离开“某某区人民政府”门户网站」, a 「主办：…」 footer), and the government whose notice on this
 * year's reports it answers (「某某省人民政府办公厅关于做好2020年政府信息公开年度报告编制和发布工作的通知」). The body
 * lies within each of them; they tell its province (and prefecture), not its level — except that a department
 * following a county's plan is a county department (no department sits below a county).
 */
final class ContextPlaces {
    /** Where a body writes about the governments above it. */
    private static final int SCAN = 4000;
    private static final int PORTAL_LINES = 12;
    private static final Pattern GOVERNING = Pattern.compile(
            "(?:按照|根据|依据|落实|贯彻|在)《?(?:(?:19|20)[0-9]{2}年度?)?(\\p{IsHan}{2,12}?)(?:(?:19|20)[0-9]{2}年度?)?"
                    + "(?:政务公开|委、|委和|人民政府|政府的)");
    private static final Pattern PORTAL = Pattern.compile(
            "(\\p{IsHan}{2,20}?(?:人民政府|政府|局|委员会|办公室))[”\"]?(?:门户网站|门户|网站|官网)");
    /** A site's footer: 「主办：某某县人民政府办公室 承办：某某县大数据中心」. */
    private static final Pattern OWNER = Pattern.compile(
            "(?:主办单位|主办|承办单位|承办)[:：](\\p{IsHan}{3,30}?)(?=主办|承办|网站|地址|联系|电话|版权|备案|技术支持|$|[^\\p{IsHan}])");
    private static final Pattern NOTICE = Pattern.compile(
            "(\\p{IsHan}{2,12}?(?:省|自治区|市|州|盟|县|区|旗))(?:人民政府)?(?:办公厅|办公室|政务公开办公室|政务公开领导小组办公室)"
                    + "关于[^。《》]{0,50}?(?:年度报告|年报)");

    /** A place the text ties the body to, with every place its name can be (通州区: 北京's and 江苏's). */
    record Found(String name, List<Place> candidates, String evidence) {
        /** The level all candidates share, else null. */
        PlaceLevel level() {
            PlaceLevel l = candidates.get(0).level();
            return candidates.stream().allMatch(p -> p.level() == l) ? l : null;
        }

        /** The one place, or null when the name fits several. */
        Place place() {
            return candidates.size() == 1 ? candidates.get(0) : null;
        }
    }

    private ContextPlaces() {
    }

    /**
     * The government whose plan or leadership the body follows, when every such mention names the same place;
     * else null.
     */
    static Found governing(String text, Gazetteer g) {
        String head = Lines.squeeze(text, 0, Math.min(text.length(), SCAN));
        Matcher m = GOVERNING.matcher(head);
        Found found = null;
        while (m.find()) {
            String name = m.group(1);
            List<Mention> ms = g.scan(name);
            if (ms.size() != 1 || ms.get(0).start() != 0 || ms.get(0).end() != name.length()) continue;
            List<Place> places = ms.get(0).places();
            if (places.stream().anyMatch(p -> p.level() == PlaceLevel.TOWNSHIP)) continue;
            if (found != null && !found.name().equals(ms.get(0).name())) return null;
            found = new Found(ms.get(0).name(), places, "plan or leadership of " + name);
        }
        return found;
    }

    /**
     * The government portal the page says it belongs to (a leave-site prompt or banner in the first lines, a 主办
     * footer in the last), if its name resolves to one place.
     */
    static Found portal(List<String> head, List<String> tail, Gazetteer g) {
        for (int i = 0; i < Math.min(head.size(), PORTAL_LINES); i++) {
            String line = head.get(i);
            if (line.indexOf("网") < 0 && line.indexOf("门户") < 0) continue;
            Matcher m = PORTAL.matcher(line);
            while (m.find()) {
                // A banner or a prompt, not a sentence citing 《某某省政府网站管理办法》.
                if (insideBookTitle(line, m.start()) || line.length() > PORTAL_LINE && !quoted(line, m)) continue;
                Found f = resolved(m.group(1), g, "portal " + m.group(1));
                if (f != null) return f;
            }
        }
        for (String line : tail) {
            if (line.indexOf("办") < 0) continue;
            Matcher m = OWNER.matcher(line);
            while (m.find()) {
                Found f = resolved(m.group(1), g, "site run by " + m.group(1));
                if (f != null) return f;
            }
        }
        return null;
    }

    /** Longest banner line; a longer line is a sentence unless it quotes the portal's name (「离开“…”门户网站」). */
    private static final int PORTAL_LINE = 40;

    private static boolean insideBookTitle(String line, int at) {
        return line.lastIndexOf('《', at) > line.lastIndexOf('》', at);
    }

    private static boolean quoted(String line, Matcher m) {
        return m.start(1) > 0 && "“\"「".indexOf(line.charAt(m.start(1) - 1)) >= 0;
    }

    /** The government whose notice on writing the year's reports the body answers, if it resolves to one place. */
    static Found notice(String text, Gazetteer g) {
        String head = Lines.squeeze(text, 0, Math.min(text.length(), SCAN));
        if (head.indexOf("关于") < 0) return null;
        Matcher m = NOTICE.matcher(head);
        while (m.find()) {
            Found f = resolved(m.group(1), g, "report notice of " + m.group(1));
            if (f != null) return f;
        }
        return null;
    }

    private static Found resolved(String phrase, Gazetteer g, String evidence) {
        Resolution r = new PlaceResolver(g).resolve(List.of(phrase), "", List::of);
        return r.status() == Resolution.Status.RESOLVED ? new Found(r.place().name(), List.of(r.place()), evidence) : null;
    }
}
