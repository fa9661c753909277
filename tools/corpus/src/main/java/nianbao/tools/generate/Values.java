package nianbao.tools.generate;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The clean values of one report, as its author filled in the form: section 二 (item → column → {@link Long} count,
 * {@link BigDecimal} amount, or the procurement amount's printed {@link String}), section 三 (form rows × 7 columns)
 * and section 四 (3 blocks × 5 columns). Sections 三 and 四 satisfy every arithmetic rule of the form by construction.
 *
 * @param procurementHeader the printed header of the procurement amount column (the unit may be in it), or null
 * @param procurementUnit   元 or 万元 when the header or the value states it, else null
 * @param procurementYuan   the amount in yuan a careful reader can state from what is printed, else null
 */
public record Values(PrintedForm form, Map<String, Map<String, Object>> s2, long[][] s3, long[][] s4,
                     String procurementHeader, String procurementUnit, BigDecimal procurementYuan) {

    public long s3(String row, int col) {
        return s3[form.rowIndex(row)][col];
    }
}
