package nianbao.place;

/**
 * One division of the gazetteer. {@code province}, {@code prefecture} and {@code county} are the names of the place's
 * ancestors at those levels (its own name at its own level); {@code prefecture} is null under a pseudo prefecture row
 * (a municipality's 市辖区, 省直辖县级行政区划) and {@code county} is null under a pseudo county row (东莞市's
 * townships).
 *
 * @param pseudo a grouping row of the statistical codes rather than a real division (see the resource's README)
 */
public record Place(String code, String name, PlaceLevel level, String parentCode, boolean pseudo,
                    String province, String prefecture, String county) {

    public String provinceCode() {
        return code.substring(0, 2);
    }

    /** The 4-digit code of the prefecture row above (or of this place), null for a province. */
    public String prefectureCode() {
        return code.length() >= 4 ? code.substring(0, 4) : null;
    }

    /** The 6-digit code of the county row above (or of this place), null above county level. */
    public String countyCode() {
        return code.length() >= 6 ? code.substring(0, 6) : null;
    }

    /** The province's short name as reports and the statistics write it: 西藏, 新疆, 北京, 江西. */
    public String provinceShort() {
        return Names.provinceShort(province);
    }

    /** True if {@code other} is this place or one of its ancestors. */
    public boolean isWithin(Place other) {
        return code.startsWith(other.code);
    }
}
