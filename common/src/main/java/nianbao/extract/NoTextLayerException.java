package nianbao.extract;

import java.io.IOException;

/**
 * A PDF that has pages but no (or negligible) text: a scan. The message starts with {@code no_text_layer:} so the
 * facade can record the error and set the {@code no_text_layer} flag; OCR is out of scope.
 */
public final class NoTextLayerException extends IOException {
    public static final String PREFIX = "no_text_layer:";

    public NoTextLayerException(int pages, int chars) {
        super(PREFIX + " " + pages + " page(s) but only " + chars + " character(s) of text (a scan? OCR is not done)");
    }
}
