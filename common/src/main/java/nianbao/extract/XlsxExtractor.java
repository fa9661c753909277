package nianbao.extract;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Excel 2007+ (.xlsx), streamed with StAX: every sheet in workbook order, laid out by {@link SheetGrid} (gaps and
 * merged positions ""). Numbers are formatted as Excel shows them by POI's {@link DataFormatter} from the cell's
 * number format (0.5344 stays "0.5344", 38 stays "38"); formula cells show their cached result. Why not XSSF:
 * building an {@code XSSFWorkbook} (XMLBeans) costs several times the per-document budget.
 */
final class XlsxExtractor implements Extractor {
    @Override
    public Format format() {
        return Format.XLSX;
    }

    @Override
    public Page extract(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = OoxmlPackage.parts(bytes, n -> n.startsWith("xl/") && n.endsWith(".xml")
                || n.equals("xl/_rels/workbook.xml.rels"), "xlsx");
        List<Page.Block> blocks = new ArrayList<>();
        try {
            List<String> strings = sharedStrings(parts.get("xl/sharedStrings.xml"));
            List<String[]> styles = styles(parts.get("xl/styles.xml"));
            DataFormatter fmt = new DataFormatter(Locale.ROOT); // not thread-safe: one per call
            for (String sheet : sheetParts(parts)) {
                byte[] xml = parts.get(sheet);
                if (xml != null) sheet(xml, strings, styles, fmt).addBlocks(blocks);
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("corrupt xlsx: " + e.getMessage(), e);
        }
        return new Page(blocks);
    }

    /** Worksheet part names in the workbook's sheet order. */
    private static List<String> sheetParts(Map<String, byte[]> parts) throws XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
        if (rels != null) {
            XMLStreamReader r = reader(rels);
            while (r.hasNext()) {
                Budget.step();
                if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String t = r.getAttributeValue(null, "Target");
                    if (t != null) targets.put(r.getAttributeValue(null, "Id"), t.startsWith("/") ? t.substring(1) : "xl/" + t);
                }
            }
        }
        List<String> sheets = new ArrayList<>();
        byte[] wb = parts.get("xl/workbook.xml");
        if (wb != null) {
            XMLStreamReader r = reader(wb);
            while (r.hasNext()) {
                Budget.step();
                if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    String target = targets.get(attr(r, "id"));
                    if (target != null) sheets.add(target);
                }
            }
        }
        if (sheets.isEmpty()) {
            parts.keySet().stream().filter(n -> n.startsWith("xl/worksheets/")).sorted().forEach(sheets::add);
        }
        return sheets;
    }

    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        if (xml == null) return out;
        XMLStreamReader r = reader(xml);
        StringBuilder si = null;
        int phonetic = 0;
        Budget budget = Budget.current();
        while (r.hasNext()) {
            int ev = r.next();
            budget.tick();
            if (ev == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "si" -> {
                        si = new StringBuilder();
                        budget.cells(1);
                    }
                    case "rPh" -> phonetic++;
                    case "t" -> {
                        String t = r.getElementText();
                        if (si != null && phonetic == 0) si.append(t);
                    }
                    default -> { }
                }
            } else if (ev == XMLStreamReader.END_ELEMENT) {
                if (r.getLocalName().equals("si") && si != null) {
                    out.add(si.toString());
                    si = null;
                } else if (r.getLocalName().equals("rPh")) {
                    phonetic--;
                }
            }
        }
        return out;
    }

    /** Per cell style index: {numFmtId, formatCode}. */
    private static List<String[]> styles(byte[] xml) throws XMLStreamException {
        List<String[]> xfs = new ArrayList<>();
        if (xml == null) return xfs;
        Map<String, String> custom = new HashMap<>();
        XMLStreamReader r = reader(xml);
        boolean inCellXfs = false;
        while (r.hasNext()) {
            int ev = r.next();
            Budget.step();
            if (ev == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "numFmt" -> custom.put(attr(r, "numFmtId"), attr(r, "formatCode"));
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            String id = attr(r, "numFmtId");
                            xfs.add(new String[]{id == null ? "0" : id, custom.get(id)});
                        }
                    }
                    default -> { }
                }
            } else if (ev == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                inCellXfs = false;
            }
        }
        return xfs;
    }

    private static SheetGrid sheet(byte[] xml, List<String> strings, List<String[]> styles, DataFormatter fmt)
            throws XMLStreamException {
        SheetGrid grid = new SheetGrid();
        XMLStreamReader r = reader(xml);
        int row = -1;
        int col = -1;
        String type = null;
        String style = null;
        String value = null;
        StringBuilder inline = null;
        Budget budget = Budget.current();
        while (r.hasNext()) {
            int ev = r.next();
            budget.tick();
            if (ev == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "row" -> {
                        String n = attr(r, "r");
                        row = n != null ? Integer.parseInt(n) - 1 : row + 1;
                        col = -1;
                    }
                    case "c" -> {
                        int[] ref = attr(r, "r") == null ? null : SheetGrid.CellRef.parse(attr(r, "r"));
                        col = ref != null ? ref[1] : col + 1;
                        type = attr(r, "t");
                        style = attr(r, "s");
                        value = null;
                        inline = null;
                    }
                    case "v" -> value = r.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        String t = r.getElementText();
                        if (inline != null) inline.append(t);
                    }
                    case "mergeCell" -> {
                        String ref = attr(r, "ref");
                        if (ref != null) grid.merge(ref);
                    }
                    default -> { }
                }
            } else if (ev == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("c")) {
                String text = cellText(type, style, value, inline, strings, styles, fmt);
                if (text != null) {
                    budget.cells(1);
                    grid.cell(row, col, text);
                }
            }
        }
        return grid;
    }

    private static String cellText(String type, String style, String value, StringBuilder inline,
                                   List<String> strings, List<String[]> styles, DataFormatter fmt) {
        if (inline != null) return inline.toString();
        if (value == null) return null;
        String t = type == null ? "n" : type;
        switch (t) {
            case "s" -> {
                int i = Integer.parseInt(value.trim());
                return i >= 0 && i < strings.size() ? strings.get(i) : "";
            }
            case "b" -> {
                return value.trim().equals("1") ? "TRUE" : "FALSE";
            }
            case "n" -> {
                double d;
                try {
                    d = Double.parseDouble(value.trim());
                } catch (NumberFormatException e) {
                    return value;
                }
                int xf = style == null ? 0 : Integer.parseInt(style.trim());
                String[] st = xf >= 0 && xf < styles.size() ? styles.get(xf) : new String[]{"0", null};
                int id = Integer.parseInt(st[0].trim());
                String code = st[1] != null ? st[1] : BuiltinFormats.getBuiltinFormat(id);
                return fmt.formatRawCellContents(d, id, code == null ? "General" : code);
            }
            default -> {
                return value; // str (formula text), e (error), d (ISO date)
            }
        }
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        return OoxmlPackage.reader(xml);
    }

    private static String attr(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(local)) return r.getAttributeValue(i);
        }
        return null;
    }
}
