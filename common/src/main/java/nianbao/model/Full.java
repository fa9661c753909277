package nianbao.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * The three statistical tables, cell by cell (docs/parse-contract.md, "full").
 * <ul>
 *   <li>{@code section2}: item key (regulations, normative_docs, licensing, …) → column key → value, where a value is a
 *   {@link Long} count, a {@link java.math.BigDecimal} amount, or the raw {@link String} of the procurement amount.</li>
 *   <li>{@code section3}: row key (new, carried, disclosed, …, total, carried_next) → 7 values (自然人, 商业企业, 科研机构,
 *   社会公益组织, 法律服务机构, 其他, 总计).</li>
 *   <li>{@code section4}: reconsideration, litigation_direct, litigation_after_reconsideration → 5 values
 *   (维持, 纠正, 其他, 尚未审结, 总计).</li>
 * </ul>
 * Maps keep form order. Every unknown cell is null. A section the report lacks is null.
 */
@JsonPropertyOrder({"section2", "section3", "section4"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Full(Map<String, Map<String, Object>> section2,
                   Map<String, List<Long>> section3,
                   Map<String, List<Long>> section4) {
}
