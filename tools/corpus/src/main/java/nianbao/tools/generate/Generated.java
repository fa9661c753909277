package nianbao.tools.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.model.Json;
import nianbao.model.Report;

import java.util.List;

/**
 * One generated file: its relative path, format, bytes, and its truth (the {@code parse} contract's keys plus the
 * noise applied).
 */
public record Generated(String name, String format, byte[] bytes, Report truth, List<String> noise) {

    /** The truth as one JSON line: the {@link Report} JSON of the contract plus {@code noise}. */
    public String truthLine() {
        ObjectNode o = Json.MAPPER.valueToTree(truth);
        ArrayNode n = o.putArray("noise");
        noise.forEach(n::add);
        return Json.line(o);
    }
}
