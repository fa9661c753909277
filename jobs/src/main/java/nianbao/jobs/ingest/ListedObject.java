package nianbao.jobs.ingest;

import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options.OpenFileOptions;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.s3a.S3AFileStatus;
import org.apache.hadoop.util.functional.FutureIO;

import java.io.IOException;

/**
 * Opens an s3a object as the listing saw it. {@code fs.open} asks the store for the object's status (a HEAD) before
 * its GET; given the listed status with its etag, s3a skips the HEAD, and its change detection (on by default,
 * {@code fs.s3a.change.detection.*}) makes the GET fail if the object was replaced since the listing, which the read
 * reports as unreadable instead of mixing a listed size with other bytes. Half the requests per document, and half
 * the round trips. A class of its own so that only s3a reads load hadoop-aws classes. The ingest bench's plain
 * baseline opens its files here too, so both sides of its comparison read alike.
 */
public final class ListedObject {
    private ListedObject() {
    }

    static FSDataInputStream open(FileSystem fs, Path p, long size, long modificationTime, String etag)
            throws IOException {
        return open(fs, new S3AFileStatus(size, modificationTime, p, fs.getDefaultBlockSize(p), null, etag, null));
    }

    /**
     * Opens a file as listed, for one whole read: on s3a, one GET checked against the listed etag; on other file
     * systems, as {@code fs.open} would.
     */
    public static FSDataInputStream open(FileSystem fs, FileStatus listed) throws IOException {
        return FutureIO.awaitFuture(fs.openFile(listed.getPath()).withFileStatus(listed)
                .opt(OpenFileOptions.FS_OPTION_OPENFILE_READ_POLICY,
                        OpenFileOptions.FS_OPTION_OPENFILE_READ_POLICY_WHOLE_FILE)
                .build());
    }
}
