package nianbao;

import java.util.List;

/** A parse result with, per headline key, where its value came from (for {@code parse --explain}). */
public record Explained(Parsed parsed, List<String> lines) {
}
