package nianbao.meta;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the report's title among its first lines and splits off the name written before the year:
 * 「德亭镇人民政府2020年政府信息公开工作年度报告」 → 德亭镇人民政府. Titles split over lines
 * (「吉尔格勒特郭楞蒙古民族乡」 / 「政府信息公开工作2020年度报告」) are joined; site banners before the title are
 * skipped because they hold no title keyword; junk glued before the name (「首页>」, 「app」) is cut off.
 */
final class TitleReader {
    /** Lines looked at: banners, breadcrumbs and a metadata table can come before the title. */
    private static final int HEAD_LINES = 60;
    private static final int MAX_TITLE = 80;
    private static final Pattern KEYWORD = Pattern.compile("报告|年报|年度工作情况");
    /** Section headings (「六、其他需要报告的事项」) and list items are not titles. */
    private static final Pattern ENUMERATED = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．])");
    private static final Pattern LABEL = Pattern.compile("^(?:标题|名称|题名|文章标题|信息名称)[:：]");
    private static final Pattern CUT = Pattern.compile(
            "(?:19|20|１９|２０)[0-9０-９]{2}|[〇一二]{4}年|政府信息公开|信息公开|政务公开|年度报告|年度|年报|工作报告|关于");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:关于)?(?:(?:19|20|１９|２０)[0-9０-９]{2}年度?|[〇一二零]{4}年度?)?");

    private TitleReader() {
    }

    /** The title found, and its name part (empty when the title names no agency); null when there is no title. */
    record Title(String text, String name) {
    }

    static Title read(List<String> head) {
        int n = Math.min(head.size(), HEAD_LINES);
        Title nameless = null;
        for (int i = 0; i < n; i++) {
            String line = LABEL.matcher(head.get(i)).replaceFirst("");
            if (line.length() > MAX_TITLE || !KEYWORD.matcher(line).find() || isSentence(line)
                    || ENUMERATED.matcher(line).find()) {
                continue;
            }
            String title = line;
            String name = namePart(title);
            // Join the lines before while the title still lacks its name (it was split over lines).
            for (int j = i - 1; j >= 0 && j >= i - 2 && name.isEmpty(); j--) {
                String prev = head.get(j);
                if (prev.length() > 40 || isSentence(prev) || isBanner(prev) || prev.contains("：") || prev.contains(":")) break;
                title = prev + title;
                name = namePart(title);
            }
            // A breadcrumb (首页>…>年报) or a title without a name: keep looking for one that names the agency.
            if (!name.isEmpty() && !isBanner(line)) return new Title(title, name);
            if (nameless == null && !isBanner(line)) nameless = new Title(title, name);
        }
        Title inSentence = inSentence(head, n);
        if (inSentence == null) return nameless != null ? nameless : asFollows(head, n);
        // A yearless sentence keeps the year of a nameless title line.
        if (nameless != null && YearReader.titleYear(inSentence.text()) == null) return new Title(nameless.text(), inSentence.name());
        return inSentence;
    }

    /**
     * The title quoted in the opening sentence of a page that prints none of its own: 「…现向社会公布2021年某某市教育局
     * 政府信息公开工作年度报告。」. Only a report published (公布, 发布) counts, not guidance on writing reports
     * (「发布《某某省政府信息公开年度报告编制指引》」).
     */
    private static final Pattern SENTENCE_TITLE = Pattern.compile(
            "(?:公布|发布)(?:了)?[《“\"]?((?:19|20)[0-9]{2}年度?)?([\\p{IsHan}（）()]{3,40}?)"
                    + "((?:19|20)[0-9]{2}年度?)?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)"
                    + "(?![》”\"]?(?:编制|格式|指引|模板|要点|范本|的通知|工作))");

    /** 「现将我局2020年度政府信息公开情况报告如下」: the year under report, stated by a body that does not name itself. */
    private static final Pattern AS_FOLLOWS = Pattern.compile(
            "现将(?:我|本)\\p{IsHan}{0,6}?((?:19|20)[0-9]{2}年度?)(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:情况|工作)?"
                    + "(?:年度)?报告如下");

    private static Title asFollows(List<String> head, int n) {
        for (int i = 0; i < n; i++) {
            String line = head.get(i);
            if (line.indexOf("报告如下") < 0) continue;
            Matcher m = AS_FOLLOWS.matcher(line);
            if (m.find()) return new Title(m.group(1), "");
        }
        return null;
    }

    private static Title inSentence(List<String> head, int n) {
        for (int i = 0; i < n; i++) {
            String line = head.get(i);
            if (line.indexOf("报告") < 0 && line.indexOf("年报") < 0) continue;
            Matcher m = SENTENCE_TITLE.matcher(line);
            while (m.find()) {
                String name = stripJunkPrefix(m.group(2));
                if (BodyNames.looksLikeBody(name)) {
                    return new Title(line.substring(m.start(1) >= 0 ? m.start(1) : m.start(2), m.end()), name);
                }
            }
        }
        return null;
    }

    /**
     * The title a page's address carries (「…/wiki/武漢市生態環境局2020年政府信息公開年度報告」, percent-encoded), for
     * pages whose text names no body (「我局」): the last path segment that reads as a report title, normalised like
     * the text. Null when no address segment does.
     */
    static Title fromAddress(String... addresses) {
        for (String a : addresses) {
            if (a == null || a.indexOf('%') < 0 && !hasHan(a)) continue;
            String decoded;
            try {
                decoded = java.net.URLDecoder.decode(a.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                continue; // a stray % that starts no escape
            }
            String[] segments = decoded.split("[/?#&=]");
            for (int i = segments.length - 1; i >= 0; i--) {
                String seg = nianbao.text.TextNormalizer.normalize(segments[i].replaceFirst("\\.[A-Za-z0-9]{1,5}$", ""));
                seg = Lines.squeeze(seg, 0, seg.length()).replace('_', ' ').trim();
                if (seg.isEmpty() || seg.length() > MAX_TITLE || !KEYWORD.matcher(seg).find()) continue;
                return new Title(seg, namePart(seg));
            }
        }
        return null;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) return true;
        }
        return false;
    }

    private static final Pattern PUBLISHER = Pattern.compile("(?:发布机构|发文机关|发布单位|发文单位)[:：]([\\p{IsHan}（）()]{3,40})");

    /** The issuing body of a portal's metadata block (「发布机构：嵩县教育局」), or null. Not 来源: that is the portal. */
    static String publisher(List<String> head) {
        int n = Math.min(head.size(), HEAD_LINES);
        for (int i = 0; i < n; i++) {
            String line = head.get(i);
            // a plain search first: the regex's leading alternation is tried at every position of every line
            if (line.indexOf("发布") < 0 && line.indexOf("发文") < 0) continue;
            Matcher m = PUBLISHER.matcher(line);
            if (m.find() && BodyNames.looksLikeBody(m.group(1))) return m.group(1);
        }
        return null;
    }

    private static boolean isBanner(String line) {
        return line.contains(">") || line.contains("＞") || line.contains("»") || line.contains("首页")
                || line.contains("位置") || line.contains("栏目");
    }

    private static boolean isSentence(String line) {
        return line.contains("。") || line.contains("，") || line.contains("；") || line.startsWith("根据")
                || line.startsWith("本报告") || line.startsWith("依据");
    }

    /** The agency part of a title line: the text before the year or the first report word, junk stripped. */
    static String namePart(String title) {
        String t = LEADING_YEAR.matcher(title).replaceFirst("");
        Matcher m = CUT.matcher(t);
        String name = m.find() ? t.substring(0, m.start()) : t;
        // 「XX县人民政府信息公开…」: the cut took 政府 from 人民政府.
        if (name.endsWith("人民") && t.startsWith("政府", name.length())) name = name + "政府";
        name = stripJunkPrefix(name);
        return BodyNames.looksLikeBody(name) ? name : "";
    }

    /** Keeps the trailing run of Han characters and brackets: what is glued before a name is a banner or spam. */
    static String stripJunkPrefix(String s) {
        int i = s.length();
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "（）()".indexOf(c) >= 0) i--;
            else break;
        }
        String out = s.substring(i);
        while (out.startsWith("）") || out.startsWith(")")) out = out.substring(1);
        return out;
    }
}
