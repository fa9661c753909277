package nianbao.jobs.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The small pure functions of the ingest job (no Spark). */
class PlainTest {
    @Test
    void tenThousandSmallFilesAreNeitherTenThousandTasksNorOne() {
        // 10k files of 20 KB, 200 files or 64 MB per task, 2 cores
        assertEquals(50, Listing.tasks(10_000, 10_000 * 20_000L, 200, 64L << 20, 2));
        // 1000 files: 5 tasks would leave a core idle in the third wave; 6 do not
        assertEquals(6, Listing.tasks(1_000, 1_000 * 20_000L, 200, 64L << 20, 2));
    }

    @Test
    void bigFilesAreSplitByBytes() {
        // 100 scanned PDFs of 10 MB: the byte limit decides
        // 1e9 B / 64 MiB = 14.9 → 15, rounded up to whole waves on 2 cores
        assertEquals(16, Listing.tasks(100, 100 * 10_000_000L, 200, 64L << 20, 2));
    }

    @Test
    void aFewFilesStillUseEveryCore() {
        assertEquals(2, Listing.tasks(5, 40_000, 200, 64L << 20, 2));
        assertEquals(1, Listing.tasks(0, 0, 200, 64L << 20, 2));
    }

    @Test
    void credentialsAreCutFromUris() {
        assertEquals("s3a://bucket/raw", RunLog.redact("s3a://AKIA:secret@bucket/raw"));
        assertEquals("s3a://bucket/raw", RunLog.redact("s3a://bucket/raw"));
        assertEquals("/local/path", RunLog.redact("/local/path"));
    }
}
