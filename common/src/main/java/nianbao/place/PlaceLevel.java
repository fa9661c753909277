package nianbao.place;

/** The four levels of the statistical division codes; the code's length tells the level. */
public enum PlaceLevel {
    PROVINCE("province", 2),
    PREFECTURE("prefecture", 4),
    COUNTY("county", 6),
    TOWNSHIP("township", 9);

    private final String id;
    private final int codeLength;

    PlaceLevel(String id, int codeLength) {
        this.id = id;
        this.codeLength = codeLength;
    }

    /** The report's {@code level} value: province, prefecture, county or township. */
    public String id() {
        return id;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level of a division code, by its length. */
    public static PlaceLevel ofCode(String code) {
        for (PlaceLevel l : values()) {
            if (l.codeLength == code.length()) return l;
        }
        throw new IllegalArgumentException("not a division code (2, 4, 6 or 9 digits): '" + code + "'");
    }
}
