package nianbao.jobs.hostile;

import nianbao.jobs.Settings;
import nianbao.jobs.testing.Cli;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A location with credentials in it is refused in one line that repeats neither the key nor the secret. */
class CredentialsTest {
    static final String KEY = "AKIAHOSTILEKEY123";
    static final String SECRET = "hostile/Secret+Value9";

    @Test
    void aUriWithCredentialsIsRefusedWithoutEchoingThem() {
        for (String key : new String[]{Settings.INPUT, Settings.WAREHOUSE, Settings.MANIFEST}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Settings.resolve(null,
                    Map.of(), Map.of(key, "s3a://" + KEY + ":" + SECRET + "@bucket/raw")));
            assertFalse(e.getMessage().contains(KEY) || e.getMessage().contains(SECRET), e.getMessage());
            assertTrue(e.getMessage().contains("spark.hadoop.fs.s3a.access.key"), e.getMessage());
        }
    }

    @Test
    void theCommandLineSaysOneLineAndNeverTheSecret() {
        Cli r = Cli.run("ingest", "--input", "s3a://" + KEY + ":" + SECRET + "@bucket/raw",
                "--warehouse", "/tmp/nianbao-credentials-test-wh");
        String all = r.out() + r.err();
        assertEquals(2, r.code(), all);
        assertFalse(all.contains(KEY) || all.contains(SECRET) || all.contains("Secret"), all);
        assertTrue(all.contains("credentials in a URI are not accepted"), all);
    }

    @Test
    void thePrintedSettingsMaskSecrets() {
        Settings s = Settings.resolve(null, Map.of(), Map.of("spark.hadoop.fs.s3a.secret.key", SECRET,
                "spark.hadoop.fs.s3a.access.key", KEY, "spark.hadoop.fs.s3a.session.token", SECRET));
        assertFalse(s.toString().contains(SECRET) || s.toString().contains(KEY), s.toString());
    }
}
