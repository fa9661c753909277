package nianbao.tools.generate;

/**
 * One reporting body of the synthetic population: a government or one of its departments.
 *
 * @param name       the name as the title writes it, e.g. 靖安县宝峰镇人民政府, 宜春市市场监督管理局
 * @param self       how the narrative refers to the body ("我镇", "我局", …)
 * @param level      central | province | prefecture | county | township (departments take their government's level)
 * @param department true for a department, false for a government (township bodies are governments)
 * @param province   short province name as the seed labels write it (江西, 新疆, 北京); null for central bodies
 * @param prefecture full prefecture name, or null
 * @param county     full county name, or null
 * @param placeCode  statistical division code of the place when the source knows it, else null
 * @param domain     the host of the portal that publishes the report
 */
public record Agency(String name, String self, String level, boolean department, String province,
                     String prefecture, String county, String placeCode, String domain) {
}
