package nianbao.jobs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every package of the three modules says what it is for in a {@code package-info.java}. */
class PackageDocsTest {
    private static final Path HOME = Path.of(System.getProperty("nianbao.home", "..")).toAbsolutePath().normalize();

    @Test
    void everyMainPackageHasAPackageInfo() throws IOException {
        int packages = 0;
        for (String module : List.of("common", "jobs", "tools/corpus")) {
            Path sources = HOME.resolve(module).resolve("src/main/java");
            assertTrue(Files.isDirectory(sources), sources + " is missing");
            List<Path> dirs;
            try (Stream<Path> all = Files.walk(sources)) {
                dirs = all.filter(Files::isDirectory).filter(PackageDocsTest::holdsJava).toList();
            }
            for (Path dir : dirs) {
                packages++;
                assertTrue(Files.isRegularFile(dir.resolve("package-info.java")),
                        "no package-info.java in " + HOME.relativize(dir));
            }
        }
        assertTrue(packages >= 20, "found only " + packages + " packages: wrong folder?");
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".java")
                    && !f.getFileName().toString().equals("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
