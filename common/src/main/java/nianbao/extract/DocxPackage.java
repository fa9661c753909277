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
 * The ZIP side of a .docx: checks the archive is complete (a download cut short loses the central directory at the
 * end) and returns the main document part, found through {@code _rels/.rels} (usually {@code word/document.xml}).
 */
final class DocxPackage {
    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final XMLInputFactory XML = xmlInputFactory();

    private DocxPackage() {
    }

    /** A StAX factory with DTDs and external entities off (no XXE); the JDK's factory is safe to share. */
    static XMLInputFactory xmlInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    static byte[] mainDocument(byte[] zip) throws IOException {
        if (!hasEndOfCentralDirectory(zip)) {
            throw new IOException("corrupt docx: truncated (the ZIP archive has no end-of-central-directory record)");
        }
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                String n = e.getName();
                if (n.equals("_rels/.rels") || (n.startsWith("word/") && n.endsWith(".xml") && n.indexOf('/', 5) < 0)) {
                    parts.put(n, z.readAllBytes());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("corrupt docx: " + e.getMessage(), e);
        }
        String main = mainPartName(parts.get("_rels/.rels"));
        byte[] doc = parts.get(main);
        if (doc == null) doc = parts.get("word/document.xml");
        if (doc == null) throw new IOException("corrupt docx: no main document part (" + main + ") in the archive");
        return doc;
    }

    private static String mainPartName(byte[] rels) {
        if (rels == null) return "word/document.xml";
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(rels));
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
