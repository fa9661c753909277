package nianbao.meta;

import java.util.regex.Pattern;

/**
 * What sort of body an agency name denotes, read from the words after its place names: a government (人民政府,
 * 街道办事处, a bare place name, a development zone's 管委会), one of its departments (人民政府办公室, 教育局,
 * 卫生健康委员会), or a central body (教育部, 国家税务总局).
 */
enum AgencyKind {
    GOVERNMENT, DEPARTMENT, CENTRAL;

    /** The institution words that make a name a government rather than a department. */
    private static final Pattern GOVERNMENT_REST = Pattern.compile(
            "^(?:人民政府|政府|人民政府办事处|街道办事处|办事处|街道|(?:\\p{IsHan}{0,12}(?:开发区|园区|新区|试验区|示范区))?(?:管理委员会|管委会))?$");
    /** Central bodies under the State Council, named without a place. */
    private static final Pattern CENTRAL_NAME = Pattern.compile(
            "^(?:国务院\\p{IsHan}*|国家\\p{IsHan}+|中国\\p{IsHan}+|中华人民共和国\\p{IsHan}+|\\p{IsHan}{1,8}(?:部|总署|总局|署))$");

    /**
     * @param agency      the agency name
     * @param placeEnd    the end offset of the last place name in it, or -1 if it names no place
     */
    static AgencyKind of(String agency, int placeEnd) {
        if (placeEnd < 0) {
            return CENTRAL_NAME.matcher(agency).matches() ? CENTRAL : null;
        }
        String rest = agency.substring(placeEnd);
        return GOVERNMENT_REST.matcher(rest).matches() ? GOVERNMENT : DEPARTMENT;
    }

    /** 国务院 itself is the central government; every other central body is one of its departments. */
    boolean isDepartment(String agency) {
        return this == DEPARTMENT || (this == CENTRAL && !agency.equals("国务院"));
    }
}
