package nianbao.extract;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The ZIP side of .docx and .xlsx: checks the archive is complete (a download cut short loses the central directory
 * at the end) and hands out the XML parts a reader needs; for Word, the main document part is found through
 * {@code _rels/.rels} (usually {@code word/document.xml}).
 */
final class OoxmlPackage {
    private static final int EOCD_SIGNATURE = 0x06054b50;
    /** One factory per thread: the JDK's factory is documented as shareable only once configured, keep it simple. */
    private static final ThreadLocal<XMLInputFactory> XML = ThreadLocal.withInitial(OoxmlPackage::xmlInputFactory);

    private OoxmlPackage() {
    }

    /** A stream reader over {@code xml} from this thread's factory. */
    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        return XML.get().createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** A StAX factory with DTDs and external entities off (no XXE). */
    static XMLInputFactory xmlInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** The entries whose names {@code wanted} accepts; {@code kind} ("docx", "xlsx") names the format in errors. */
    static Map<String, byte[]> parts(byte[] zip, java.util.function.Predicate<String> wanted, String kind)
            throws IOException {
        if (!hasEndOfCentralDirectory(zip)) {
            throw new IOException("corrupt " + kind + ": truncated (the ZIP archive has no end-of-central-directory record)");
        }
        Map<String, byte[]> parts = new HashMap<>();
        Budget budget = Budget.current();
        int entries = 0;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (++entries > budget.limits().maxZipEntries()) {
                    throw new Budget.LimitExceeded("too many zip entries: more than "
                            + budget.limits().maxZipEntries(), false);
                }
                if (wanted.test(e.getName())) parts.put(e.getName(), read(z, e.getName(), zip.length, budget));
                budget.tick();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("corrupt " + kind + ": " + e.getMessage(), e);
        }
        return parts;
    }

    /** One entry, read in chunks so a zip bomb stops at the limits instead of filling the heap. */
    private static byte[] read(ZipInputStream z, String name, long archiveBytes, Budget budget) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = z.read(buf)) > 0) {
            out.write(buf, 0, n);
            budget.expanded(name, out.size(), n, archiveBytes);
        }
        return out.toByteArray();
    }

    static byte[] mainDocument(byte[] zip) throws IOException {
        Map<String, byte[]> parts = parts(zip, n -> n.equals("_rels/.rels")
                || (n.startsWith("word/") && n.endsWith(".xml") && n.indexOf('/', 5) < 0), "docx");
        String main = mainPartName(parts.get("_rels/.rels"));
        byte[] doc = parts.get(main);
        if (doc == null) doc = parts.get("word/document.xml");
        if (doc == null) throw new IOException("corrupt docx: no main document part (" + main + ") in the archive");
        return doc;
    }

    private static String mainPartName(byte[] rels) {
        if (rels == null) return "word/document.xml";
        try {
            XMLStreamReader r = reader(rels);
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String type = r.getAttributeValue(null, "Type");
                    String target = r.getAttributeValue(null, "Target");
                    if (type != null && target != null && type.endsWith("/officeDocument")) {
                        return target.startsWith("/") ? target.substring(1) : target;
                    }
                }
            }
        } catch (XMLStreamException e) {
            // unreadable relationships: fall back to the usual name
        }
        return "word/document.xml";
    }

    /** The EOCD record sits in the last 22 + up to 65,535 (comment) bytes. */
    static boolean hasEndOfCentralDirectory(byte[] b) {
        int stop = Math.max(0, b.length - 22 - 65_535);
        for (int i = b.length - 22; i >= stop; i--) {
            if ((b[i] & 0xFF | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24)
                    == EOCD_SIGNATURE) {
                return true;
            }
        }
        return false;
    }
}
