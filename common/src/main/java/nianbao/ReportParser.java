package nianbao;

import nianbao.check.TableChecks;
import nianbao.extract.Budget;
import nianbao.extract.ContentCheck;
import nianbao.extract.Extractors;
import nianbao.extract.Limits;
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
 * {@code parse_error} flag; a document that takes longer than the time budget ({@link Limits#timeoutMillis()}: the
 * ingest passes {@code nianbao.parse.timeout.seconds} from its settings, other callers get {@link Limits#DEFAULT}) is
 * cut off with {@code error} "timeout: …" and the {@code timeout} flag; one that crosses another
 * {@link Limits limit} gets "limit: …"; a file with no report in it ({@link ContentCheck}) gets a one-line reason.
 * Thread-safe.
 */
public final class ReportParser {
    /** Written into every report; bump it when parsing changes the output, so `reparse` can tell old rows. */
    public static final String VERSION = "0.4.1";

    /** Grace after the budget before the caller stops waiting (the worker stops at its next cooperative check). */
    private static final long GRACE_MS = 1_000;
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
        return run(path, bytes, sourceUrl, Limits.DEFAULT, null).parsed();
    }

    /** Parses and explains where each headline value came from (line/cell, raw text, semantic, or deduced). */
    public static Explained explain(String path, byte[] bytes, String sourceUrl) {
        return run(path, bytes, sourceUrl, Limits.DEFAULT, null);
    }

    /** Parses under an explicit time budget in milliseconds (0 = none) and the default limits otherwise. */
    public static Parsed parse(String path, byte[] bytes, String sourceUrl, long budgetMillis) {
        return run(path, bytes, sourceUrl, Limits.DEFAULT.withTimeoutMillis(budgetMillis), null).parsed();
    }

    /**
     * Parses under {@code limits} (the ingest passes them from its settings). {@code sha256} is the hash the caller
     * already computed (null: computed here). The work runs on one pooled thread when there is a time budget; it stops
     * at its next cooperative check once the budget is spent or it is cancelled, so nothing keeps running after.
     */
    public static Parsed parse(String path, byte[] bytes, String sourceUrl, Limits limits, String sha256) {
        return run(path, bytes, sourceUrl, limits, sha256).parsed();
    }

    private static Explained run(String path, byte[] bytes, String sourceUrl, Limits limits, String sha256) {
        String sha = sha256 != null ? sha256 : sha256(bytes);
        if (bytes.length > limits.maxBytes()) {
            return failed(path, sha, sourceUrl, "too large: " + bytes.length + " bytes > limit " + limits.maxBytes(),
                    Flags.PARSE_ERROR);
        }
        long budgetMillis = limits.timeoutMillis();
        if (budgetMillis <= 0) return work(path, bytes, sourceUrl, sha, limits, Deadline.none(), Long.MAX_VALUE);
        Future<Explained> f = WORKERS.submit(() -> {
            long end = System.nanoTime() + budgetMillis * 1_000_000L;
            return work(path, bytes, sourceUrl, sha, limits, Deadline.in(budgetMillis), end);
        });
        try {
            return f.get(budgetMillis + GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true); // interrupts the worker: its next Budget check ends the work
            return failed(path, sha, sourceUrl, timeout(budgetMillis), Flags.TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            return failed(path, sha, sourceUrl, "interrupted", Flags.PARSE_ERROR);
        } catch (ExecutionException e) {
            return failed(path, sha, sourceUrl, oneLine(e.getCause()), Flags.PARSE_ERROR);
        }
    }

    /** The one wording of a timeout, whether the worker noticed it or the caller stopped waiting. */
    private static String timeout(long budgetMillis) {
        return "timeout: parsing took longer than " + budgetMillis + " ms";
    }

    private static Explained failed(String path, String sha, String sourceUrl, String error, String flag) {
        ReportBuilder b = start(path, sha, sourceUrl).error(error).flag(flag);
        if (!Flags.PARSE_ERROR.equals(flag)) b.flag(Flags.PARSE_ERROR);
        return new Explained(new Parsed(b.build(), null), List.of("error: " + error));
    }

    private static ReportBuilder start(String path, String sha, String sourceUrl) {
        return new ReportBuilder().path(path).file(baseName(path)).sha256(sha).sourceUrl(sourceUrl)
                .parserVersion(VERSION);
    }

    /** An exception as one line: its type and first message line (never a stack trace). */
    static String oneLine(Throwable t) {
        if (t instanceof StackOverflowError) return "nesting too deep: the document's structure overflowed the stack";
        String m = t.getMessage() == null ? "" : t.getMessage().strip();
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl).strip();
        if (m.length() > 300) m = m.substring(0, 300) + "…";
        return t.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m);
    }

    private static Explained work(String path, byte[] bytes, String sourceUrl, String sha, Limits limits,
                                  Deadline deadline, long endNanos) {
        ReportBuilder b = start(path, sha, sourceUrl);
        String text = null;
        List<String> explain = new ArrayList<>();
        try (Budget budget = Budget.open(limits, endNanos)) {
            Format format = Extractors.detect(bytes, path);
            b.format(format.id());
            String notReport = ContentCheck.beforeExtraction(bytes, path, format);
            if (notReport != null) return notAReport(b, notReport);
            Page page = Extractors.extract(format, bytes);
            String whole = page.text();
            text = whole;
            if (text.length() > limits.maxTextChars()) {
                text = text.substring(0, limits.maxTextChars());
                b.flag(Flags.TRUNCATED);
            }
            budget.checkTime();
            notReport = ContentCheck.afterExtraction(whole);
            if (notReport != null) return new Explained(new Parsed(b.error(notReport).flag(Flags.PARSE_ERROR).build(),
                    text), List.of("error: " + notReport));
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
                        + (s == null ? "no cell (null)" : s.describe()) + unitSource(e.getKey(), tables));
            }
        } catch (NoTextLayerException e) {
            // a scan: not a parser failure, but nothing to read without OCR
            b.error(e.getMessage()).flag(Flags.NO_TEXT_LAYER);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // the reader's deadline and the extractors' budget are the same time limit, so they end the same way
            Budget.LimitExceeded limit = Budget.LimitExceeded.in(e);
            if (e instanceof Deadline.Exceeded || limit != null && limit.timeout()) {
                b.error(timeout(limits.timeoutMillis())).flag(Flags.TIMEOUT).flag(Flags.PARSE_ERROR);
            } else {
                b.error(limit != null ? "limit: " + limit.getMessage() : oneLine(e)).flag(Flags.PARSE_ERROR);
            }
        }
        return new Explained(new Parsed(b.build(), text), explain);
    }

    /** For the procurement amount: where its unit was read (the value itself, or a header cell). */
    private static String unitSource(String key, Tables tables) {
        if (!"procurement_amount_yuan".equals(key)) return "";
        if (tables.valueUnit() != null) return "; unit written in the value";
        Source u = tables.sources().get(TableReader.UNIT_PATH);
        return u == null ? "" : "; unit from the header: " + u.describe();
    }

    private static Explained notAReport(ReportBuilder b, String reason) {
        return new Explained(new Parsed(b.error(reason).flag(Flags.PARSE_ERROR).build(), null), List.of("error: " + reason));
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
