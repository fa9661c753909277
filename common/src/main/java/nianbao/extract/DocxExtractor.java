package nianbao.extract;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Word 2007+ (.docx). Body elements in document order: paragraphs → line blocks (one per line break), tables → one
 * row block per row. A cell's paragraphs are joined with "\n". {@code gridSpan} puts the text in the first position
 * and "" in the positions spanned; a {@code vMerge} continuation cell is "" (the text stays where the merge starts);
 * {@code gridBefore}/{@code gridAfter} add "" so the columns line up. A row whose cells contain nested tables is a
 * layout row: its cells are read as body content, so the inner tables give the rows.
 *
 * <p>Why StAX and not POI XWPF: building an {@code XWPFDocument} (XMLBeans) costs ~10–20 ms for a 10 KB report,
 * ten times the budget; streaming {@code word/document.xml} with the JDK's StAX parser reads the same structure in
 * well under a millisecond. {@link OoxmlPackage} finds the part and rejects truncated archives.
 */
final class DocxExtractor implements Extractor {
    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public Page extract(byte[] bytes) throws IOException {
        byte[] xml = OoxmlPackage.mainDocument(bytes);
        List<Page.Block> blocks = new ArrayList<>();
        try {
            XMLStreamReader r = OoxmlPackage.reader(xml);
            try {
                content(r, blocks);
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("corrupt docx (document.xml unreadable): " + e.getMessage(), e);
        }
        return new Page(blocks);
    }

    /** Reads block content (body, cell, sdt…) until the end of the element the reader is inside. */
    private static void content(XMLStreamReader r, List<Page.Block> out) throws XMLStreamException {
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            Budget.step();
            if (ev == XMLStreamReader.START_ELEMENT) {
                String n = r.getLocalName();
                if (n.equals("p")) {
                    lines(paragraph(r), out);
                } else if (n.equals("tbl")) {
                    table(r, out);
                } else if (n.equals("Fallback")) {
                    skip(r); // mc:AlternateContent repeats its content in the fallback
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamReader.END_ELEMENT && depth-- == 0) {
                return;
            }
        }
    }

    /** A paragraph's text: runs' text, tabs as "\t", breaks as "\n"; deleted text and field codes are skipped. */
    private static String paragraph(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            Budget.step();
            if (ev == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "t" -> sb.append(r.getElementText());
                    case "tab" -> {
                        sb.append('\t');
                        depth++;
                    }
                    case "br", "cr" -> {
                        sb.append('\n');
                        depth++;
                    }
                    case "p" -> {
                        sb.append('\n'); // a text box's paragraph inside this one
                        depth++;
                    }
                    case "Fallback", "delText", "instrText" -> skip(r);
                    default -> depth++;
                }
            } else if (ev == XMLStreamReader.END_ELEMENT && depth-- == 0) {
                break;
            }
        }
        return sb.toString();
    }

    private static void table(XMLStreamReader r, List<Page.Block> out) throws XMLStreamException {
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            Budget.step();
            if (ev == XMLStreamReader.START_ELEMENT) {
                if (r.getLocalName().equals("tr")) {
                    row(r, out);
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamReader.END_ELEMENT && depth-- == 0) {
                return;
            }
        }
    }

    /** One source cell: its blocks, its span, whether it continues a vertical merge. */
    private record TableCell(List<Page.Block> blocks, int span, boolean continued) {
        boolean nested() {
            return blocks.stream().anyMatch(Page.Block::table);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (Page.Block b : blocks) {
                if (!sb.isEmpty()) sb.append('\n');
                sb.append(b.text());
            }
            return sb.toString();
        }
    }

    private static void row(XMLStreamReader r, List<Page.Block> out) throws XMLStreamException {
        List<TableCell> cells = new ArrayList<>();
        int before = 0;
        int after = 0;
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            Budget.step();
            if (ev == XMLStreamReader.START_ELEMENT) {
                String n = r.getLocalName();
                if (n.equals("tc")) {
                    cells.add(cell(r));
                    continue;
                }
                if (n.equals("gridBefore")) before = intVal(r, 0);
                if (n.equals("gridAfter")) after = intVal(r, 0);
                depth++;
            } else if (ev == XMLStreamReader.END_ELEMENT && depth-- == 0) {
                break;
            }
        }
        if (cells.isEmpty()) return;
        if (cells.stream().anyMatch(TableCell::nested)) {
            for (TableCell c : cells) out.addAll(c.blocks());
            return;
        }
        List<String> row = new ArrayList<>();
        pad(row, before);
        for (TableCell c : cells) {
            row.add(c.continued() ? "" : c.text());
            pad(row, c.span() - 1);
        }
        pad(row, after);
        out.add(Page.Block.row(row));
    }

    private static TableCell cell(XMLStreamReader r) throws XMLStreamException {
        List<Page.Block> blocks = new ArrayList<>();
        int span = 1;
        boolean continued = false;
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            Budget.step();
            if (ev == XMLStreamReader.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "p" -> lines(paragraph(r), blocks);
                    case "tbl" -> table(r, blocks);
                    case "Fallback" -> skip(r);
                    default -> {
                        if (r.getLocalName().equals("gridSpan")) span = intVal(r, 1);
                        if (r.getLocalName().equals("vMerge")) {
                            String v = attr(r, "val");
                            continued = v == null || v.equals("continue");
                        }
                        depth++;
                    }
                }
            } else if (ev == XMLStreamReader.END_ELEMENT && depth-- == 0) {
                break;
            }
        }
        return new TableCell(blocks, Math.min(Math.max(span, 1), SpanGrid.MAX_COLSPAN), continued);
    }

    private static void lines(String text, List<Page.Block> out) {
        for (String l : text.split("\n")) {
            String s = l.replace('\u00A0', ' ').strip();
            if (!s.isEmpty()) out.add(Page.Block.line(s));
        }
    }

    /** Skips the element the reader is on, with everything inside it. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            Budget.step();
            if (ev == XMLStreamReader.START_ELEMENT) depth++;
            else if (ev == XMLStreamReader.END_ELEMENT && depth-- == 0) return;
        }
    }

    private static String attr(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(local)) return r.getAttributeValue(i);
        }
        return null;
    }

    private static int intVal(XMLStreamReader r, int dflt) {
        String v = attr(r, "val");
        if (v == null) return dflt;
        try {
            return Math.min(Integer.parseInt(v.trim()), SpanGrid.MAX_COLSPAN);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static void pad(List<String> r, int n) {
        for (int i = 0; i < n; i++) r.add("");
    }

    /** Strips each line of a multi-line text and drops blank lines. */
    static String tidy(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder();
        for (String l : text.split("[\r\n\u000B]")) {
            String s = l.replace('\u00A0', ' ').strip();
            if (s.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(s);
        }
        return sb.toString();
    }
}
