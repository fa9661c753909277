package nianbao.place;

/**
 * The outcome of resolving a report's place.
 *
 * @param status   what happened
 * @param place    the place, when {@link Status#RESOLVED}
 * @param within   when not resolved: the most specific place that every reading shares (a county named before an unknown
 *                 township, the province common to all candidates of an ambiguous name), else null
 * @param name     the place name the resolution was about, as indexed, or null
 * @param evidence how the place was found ("county+township in name", "unique township name", "domain x.gov.cn", …)
 */
public record Resolution(Status status, Place place, Place within, String name, String evidence) {

    public enum Status {
        /** One place, with evidence. */
        RESOLVED,
        /** The name fits several places and nothing in the text or URL tells them apart. */
        AMBIGUOUS,
        /** A place-like name that the 2023 codes do not have (renamed, merged, misspelt). */
        UNRESOLVED,
        /** No place named at all. */
        NONE
    }

    static Resolution resolved(Place p, String evidence) {
        return new Resolution(Status.RESOLVED, p, null, p.name(), evidence);
    }

    static Resolution none() {
        return new Resolution(Status.NONE, null, null, null, null);
    }
}
