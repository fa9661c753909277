package nianbao.jobs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cluster jar carries the jobs and what a Spark cluster lacks, nothing else: none of the tools (generator, eval,
 * benchmarks, the S3 test server with its fake keys, which live in tools/corpus and register their commands through
 * a service file) and no font for writing PDFs. Runs after packaging (failsafe), without a cluster.
 */
class ClusterJarIT {
    private static final Pattern TOOL = Pattern.compile(
            "nianbao/tools/.*|nianbao/(?!shaded/).*/(generate|bench|eval)/.*|.*S3(Proxy|Server).*"
                    + "|META-INF/services/nianbao\\.jobs\\.cli\\..*");
    private static final Pattern FONT = Pattern.compile("nianbao/(?!shaded/).*\\.(ttf|ttc|otf)");

    @Test
    void carriesNoToolsAndNoFont() throws IOException {
        try (ZipFile jar = new ZipFile(System.getProperty("nianbao.cluster.jar"))) {
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertEquals(List.of(), names.stream().filter(n -> TOOL.matcher(n).matches()).toList(),
                    "tool classes or a command provider in the cluster jar");
            assertEquals(List.of(), names.stream().filter(n -> FONT.matcher(n).matches()).toList(),
                    "a font in the cluster jar");
        }
    }
}
