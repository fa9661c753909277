package nianbao.jobs.ingest;

import nianbao.tools.testing.S3Server;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.EtagSource;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Reading an s3a object as listed, against a real S3 server: one GET with the listing's etag returns the listed
 * bytes, and an object replaced after the listing (same size or not) is refused instead of read as if it were the
 * listed one.
 */
class ListedObjectS3Test {
    @RegisterExtension
    static final S3Server s3 = new S3Server();

    @Test
    void readsTheListedObjectAndRefusesAReplacedOne() throws Exception {
        s3.createBucket("listed");
        s3.put("listed", "in/a.txt", "first version".getBytes(StandardCharsets.UTF_8));
        Configuration conf = new Configuration();
        s3.hadoopSettings().forEach(conf::set);
        FileSystem fs = FileSystem.newInstance(URI.create("s3a://listed/"), conf);
        try {
            LocatedFileStatus st = fs.listFiles(new Path("s3a://listed/in"), true).next();
            String etag = ((EtagSource) st).getEtag();
            assertNotNull(etag, "s3a lists each object's etag");

            assertArrayEquals("first version".getBytes(StandardCharsets.UTF_8), read(fs, st, etag));

            s3.put("listed", "in/a.txt", "other version".getBytes(StandardCharsets.UTF_8)); // same size
            assertThrows(IOException.class, () -> read(fs, st, etag), "a replaced object is not the listed one");
            s3.put("listed", "in/a.txt", "a longer third version".getBytes(StandardCharsets.UTF_8));
            assertThrows(IOException.class, () -> read(fs, st, etag), "a replaced object is not the listed one");
        } finally {
            fs.close();
        }
    }

    private static byte[] read(FileSystem fs, LocatedFileStatus st, String etag) throws IOException {
        try (FSDataInputStream in = ListedObject.open(fs, st.getPath(), st.getLen(), st.getModificationTime(), etag)) {
            return in.readNBytes((int) st.getLen() + 1);
        }
    }
}
