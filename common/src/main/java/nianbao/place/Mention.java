package nianbao.place;

import java.util.List;

/**
 * A gazetteer name found in a text: {@code [start, end)} in the text, the name as indexed (variant characters
 * canonicalised) and every place that bears it (several when the name repeats).
 */
public record Mention(int start, int end, String name, List<Place> places) {
    public boolean contains(Mention o) {
        return start <= o.start && o.end <= end && (end - start) > (o.end - o.start);
    }
}
