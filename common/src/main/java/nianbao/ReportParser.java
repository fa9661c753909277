package nianbao;

import nianbao.check.TableChecks;
import nianbao.extract.Extractors;
import nianbao.extract.Format;
import nianbao.extract.NoTextLayerException;
import nianbao.extract.Page;
import nianbao.form.Forms;
import nianbao.meta.MetadataReader;
import nianbao.model.Check;
import nianbao.model.Flags;
import nianbao.model.Report;
import nianbao.model.ReportBuilder;
import nianbao.model.ReportFields;
import nianbao.read.Deadline;
import nianbao.read.Headlines;
import nianbao.read.Source;
import nianbao.read.TableReader;
import nianbao.read.Tables;
import nianbao.text.TextNormalizer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The parser's facade: bytes of one report in, one {@link nianbao.model.Report} out. Steps: extract a
 * {@link Page} (per format) → normalise it (script, width, spam) → metadata → detect the form → read the tables →
 * headlines → checks. Never throws for bad input: an exception inside becomes a report with {@code error} set and the
 * {@code parse_error} flag; a document that takes longer than the time budget (system property
 * {@code nianbao.parse.timeout.ms}, default 30000) is cut off with {@code error} "timeout: …" and the {@code timeout}
 * flag. Thread-safe.
 */
public final class ReportParser {
    /** Written into every report; bump it when parsing changes the output, so `reparse` can tell old rows. */
    public static final String VERSION = "0.3.0";

    private static final long BUDGET_MS = Long.getLong("nianbao.parse.timeout.ms", 30_000L);
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "nianbao-parse");
        t.setDaemon(true);
        return t;
    });

    private ReportParser() {
    }

    public static Parsed parse(String path, byte[] bytes) {
        return parse(path, bytes, null);
    }

    /**
     * @param path      full path or URI of the document (its base name becomes {@code file})
     * @param bytes     the raw bytes
     * @param sourceUrl where the document was fetched from, when known (feeds place and level evidence); may be null
     */
    public static Parsed parse(String path, byte[] bytes, String sourceUrl) {
        return run(path, bytes, sourceUrl, BUDGET_MS).parsed();
    }

    /** Parses and explains where each headline value came from (line/cell, raw text, semantic, or deduced). */
    public static Explained explain(String path, byte[] bytes, String sourceUrl) {
        return run(path, bytes, sourceUrl, BUDGET_MS);
    }

    /** Parses under an explicit time budget in milliseconds (0 = none). */
    public static Parsed parse(String path, byte[] bytes, String sourceUrl, long budgetMillis) {
        return run(path, bytes, sourceUrl, budgetMillis).parsed();
    }

    private static Explained run(String path, byte[] bytes, String sourceUrl, long budgetMillis) {
        if (budgetMillis <= 0) return work(path, bytes, sourceUrl, Deadline.none());
        Deadline deadline = Deadline.in(budgetMillis);
        Future<Explained> f = WORKERS.submit(() -> work(path, bytes, sourceUrl, deadline));
        try {
            return f.get(budgetMillis + 250, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return failed(path, bytes, sourceUrl, "timeout: parsing took longer than " + budgetMillis + " ms", Flags.TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            return failed(path, bytes, sourceUrl, "interrupted", Flags.PARSE_ERROR);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return failed(path, bytes, sourceUrl, c.getClass().getSimpleName() + ": " + c.getMessage(), Flags.PARSE_ERROR);
        }
    }

    private static Explained failed(String path, byte[] bytes, String sourceUrl, String error, String flag) {
        ReportBuilder b = start(path, bytes, sourceUrl).error(error).flag(flag);
        if (!Flags.PARSE_ERROR.equals(flag)) b.flag(Flags.PARSE_ERROR);
        return new Explained(new Parsed(b.build(), null), List.of("error: " + error));
    }

    private static ReportBuilder start(String path, byte[] bytes, String sourceUrl) {
        return new ReportBuilder().path(path).file(baseName(path)).sha256(sha256(bytes)).sourceUrl(sourceUrl)
                .parserVersion(VERSION);
    }

    private static Explained work(String path, byte[] bytes, String sourceUrl, Deadline deadline) {
        ReportBuilder b = start(path, bytes, sourceUrl);
        String text = null;
        List<String> explain = new ArrayList<>();
        try {
            Format format = Extractors.detect(bytes, path);
            b.format(format.id());
            Page page = Extractors.extract(format, bytes);
            text = page.text();
            deadline.check();
            TextNormalizer.Result norm = TextNormalizer.normalize(page, text);
            norm.flags().forEach(b::flag);
            String normalized = norm.page() == page ? text : norm.page().text();
            MetadataReader.read(normalized, sourceUrl, path, b);
            deadline.check();

            Forms.Detection d = Forms.detect(Forms.compact(normalized));
            b.template(d.template());
            if (d.form() == null) b.flag(Flags.TEMPLATE_UNKNOWN);
            Tables tables = TableReader.read(norm.page(), d.form(), d.newFamily(), deadline);
            b.full(tables.full());
            tables.flags().forEach(b::flag);
            Headlines.fill(tables, d.template(), b);
            for (Check c : TableChecks.run(tables.full(), d.form() != null ? d.form() : d.newFamily() ? Forms.F2019 : null)) {
                b.check(c);
                if (c.outcome() == Check.Outcome.FAIL) b.flag(Flags.CHECK_FAILED);
            }
            explain.add("template " + d.template() + " (detected from header tokens)");
            Report read = b.build();
            for (Map.Entry<String, String> e : Headlines.paths(d.template()).entrySet()) {
                Source s = tables.sources().get(e.getValue());
                explain.add(e.getKey() + " = " + value(read, e.getKey()) + "  <- " + e.getValue() + ": "
                        + (s == null ? "no cell (null)" : s.describe()));
            }
        } catch (NoTextLayerException e) {
            // a scan: not a parser failure, but nothing to read without OCR
            b.error(e.getMessage()).flag(Flags.NO_TEXT_LAYER);
        } catch (Deadline.Exceeded e) {
            b.error("timeout: " + e.getMessage()).flag(Flags.TIMEOUT).flag(Flags.PARSE_ERROR);
        } catch (Exception | StackOverflowError e) {
            b.error(e.getClass().getSimpleName() + ": " + e.getMessage()).flag(Flags.PARSE_ERROR);
        }
        return new Explained(new Parsed(b.build(), text), explain);
    }

    private static Object value(Report r, String key) {
        if (key.equals("procurement_amount_yuan")) {
            return r.procurementAmountYuan() + " (raw " + r.procurementAmountRaw() + ", unit " + r.procurementUnit() + ")";
        }
        return ReportFields.get(key).value().apply(r);
    }

    public static String baseName(String path) {
        if (path == null) return null;
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
