package nianbao.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.ReportParser;
import nianbao.model.Json;
import nianbao.model.Report;
import nianbao.model.ReportBuilder;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Delta schema of {@code reports} and the {@code parse} JSON cannot drift apart: same keys, same order, and every
 * value a parsed report writes fits its column (what {@code from_json} in {@link ReportRows} relies on). No Spark
 * session: the schema is a parsed DDL string.
 */
class ReportSchemaTest {
    private static final Path SAMPLES = Path.of(System.getProperty("nianbao.home", "..")).resolve("samples");

    @Test
    void reportColumnsAreTheJsonKeysInOrder() throws IOException {
        for (Report r : reports()) {
            assertEquals(jsonKeys(Json.line(r)), Arrays.asList(Warehouse.REPORT_SCHEMA.fieldNames()), r.file());
        }
    }

    @Test
    void everyJsonValueFitsItsColumn() throws IOException {
        for (Report r : reports()) {
            JsonNode json = Json.MAPPER.readTree(Json.line(r));
            for (StructField f : Warehouse.REPORT_SCHEMA.fields()) {
                List<String> misfits = new ArrayList<>();
                fits(f.name(), f.dataType(), json.get(f.name()), misfits);
                assertTrue(misfits.isEmpty(), r.file() + ": " + misfits);
            }
        }
    }

    @Test
    void theReportsTableIsTheContractPlusItsOwnColumns() {
        StructType table = Warehouse.TABLES.get(Warehouse.REPORTS).schema();
        List<StructField> contract = Arrays.asList(Warehouse.REPORT_SCHEMA.fields());
        assertEquals(contract, Arrays.asList(table.fields()).subList(0, contract.size()));
        assertEquals(List.of("run_id", "is_current", "tables_signature", "tables_informative"),
                Arrays.asList(table.fieldNames()).subList(contract.size(), table.size()));
    }

    /** The empty report (every key null) and the parsed seeds, which fill every kind of value. */
    private static List<Report> reports() throws IOException {
        List<Report> out = new ArrayList<>(List.of(new ReportBuilder().file("empty").build()));
        try (var files = Files.list(SAMPLES)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(ReportParser.parse(p.toString(), Files.readAllBytes(p)).report());
            }
        }
        assertTrue(out.size() > 1, "no seed reports under " + SAMPLES.toAbsolutePath());
        return out;
    }

    private static List<String> jsonKeys(String line) throws IOException {
        return jsonKeysOf(Json.MAPPER.readTree(line));
    }

    /** Collects where {@code v} would not read into a column of type {@code t} (null fits every type). */
    private static void fits(String at, DataType t, JsonNode v, List<String> misfits) {
        if (v == null || v.isNull()) return;
        boolean ok;
        if (t instanceof StringType) {
            ok = v.isTextual() || at.startsWith("full.section2");   // section 二's counts and amounts become strings
        } else if (t instanceof IntegerType) {
            ok = v.isIntegralNumber() && v.canConvertToInt();
        } else if (t instanceof LongType) {
            ok = v.isIntegralNumber() && v.canConvertToLong();
        } else if (t instanceof DecimalType) {
            ok = v.isNumber();
        } else if (t instanceof BooleanType) {
            ok = v.isBoolean();
        } else if (t instanceof ArrayType a) {
            ok = v.isArray();
            for (int i = 0; ok && i < v.size(); i++) fits(at + "[" + i + "]", a.elementType(), v.get(i), misfits);
        } else if (t instanceof MapType m) {
            ok = v.isObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); ok && it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                fits(at + "." + e.getKey(), m.valueType(), e.getValue(), misfits);
            }
        } else if (t instanceof StructType s) {
            ok = v.isObject() && Set.copyOf(jsonKeysOf(v)).equals(Set.of(s.fieldNames()));   // read by name
            for (StructField f : ok ? s.fields() : new StructField[0]) {
                fits(at + "." + f.name(), f.dataType(), v.get(f.name()), misfits);
            }
        } else {
            ok = false;
        }
        if (!ok) misfits.add(at + ": " + v + " is not " + t.simpleString());
    }

    private static List<String> jsonKeysOf(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
