package nianbao.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A properties file named by {@code --conf-file} or {@code $NIANBAO_CONF}, found where it is on each kind of
 * deployment:
 * <ol>
 *   <li>the path as given (absolute, or relative to the working directory): a laptop, client deploy mode;</li>
 *   <li>relative to the project home: {@code bin/nianbao} from another folder;</li>
 *   <li>its bare file name in the working directory: in YARN and Kubernetes cluster deploy mode the driver runs in a
 *   container, and {@code spark-submit --files conf/cluster.properties} puts the file there as
 *   {@code cluster.properties}, not under the path it had on the submitting machine;</li>
 *   <li>a class path resource of that path or bare name (a conf file packed into a jar given with {@code --jars}).</li>
 * </ol>
 */
final class ConfFile {
    private final String name;
    private final Path path;
    private final URL resource;

    private ConfFile(String name, Path path, URL resource) {
        this.name = name;
        this.path = path;
        this.resource = resource;
    }

    /** The file {@code given} names, or null if none of the places has it. */
    static ConfFile find(String given, Path home) {
        for (Path p : candidates(given, home)) {
            if (Files.isRegularFile(p)) return new ConfFile(p.toString(), p, null);
        }
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) cl = ConfFile.class.getClassLoader();
        for (String r : List.of(given, baseName(given))) {
            URL u = cl.getResource(r.startsWith("/") ? r.substring(1) : r);
            if (u != null) return new ConfFile("classpath:" + r, null, u);
        }
        return null;
    }

    /** The embedded default, conf/local.properties of the project, or null when there is none (a cluster jar). */
    static ConfFile atHome(Path home) {
        Path p = home.resolve("conf/local.properties");
        return Files.isRegularFile(p) ? new ConfFile(p.toString(), p, null) : null;
    }

    /** Where {@link #find} looks, for the message when it finds nothing. */
    static String places(String given, Path home) {
        List<String> s = new ArrayList<>();
        candidates(given, home).forEach(p -> s.add(p.toString()));
        s.add("the class path");
        return String.join(", ", s);
    }

    private static List<Path> candidates(String given, Path home) {
        Path p = Path.of(given);
        if (p.isAbsolute()) return List.of(p, Path.of(baseName(given)).toAbsolutePath());
        return List.of(p.toAbsolutePath().normalize(), home.resolve(p).normalize(),
                Path.of(baseName(given)).toAbsolutePath());
    }

    private static String baseName(String given) {
        return Path.of(given).getFileName().toString();
    }

    String name() {
        return name;
    }

    Properties load() {
        Properties props = new Properties();
        try (InputStream in = path != null ? Files.newInputStream(path) : resource.openStream()) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read conf file " + name, e);
        }
        return props;
    }
}
