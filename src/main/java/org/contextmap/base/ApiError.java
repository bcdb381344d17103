package org.contextmap.base;

/** The JSON body of every API error: a short title and a sentence for people. */
public record ApiError(String error, String detail) {

    /** The longest value an error sentence quotes back; a hostile one may be thousands of characters. */
    public static final int ECHO_LIMIT = 80;
    /** The longest sentence an error answer carries. */
    public static final int DETAIL_LIMIT = 600;

    /**
     * A value as an error sentence may quote it back: at most {@value #ECHO_LIMIT} characters, and
     * control characters shown as {@code ?}.
     */
    public static String echo(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "…";
    }

    /** The answer as sent: a sentence of at most {@value #DETAIL_LIMIT} characters without control characters. */
    public ApiError bounded() {
        String clean = detail == null ? null : detail.replaceAll("[\\p{Cntrl}&&[^\\n]]", "?");
        return new ApiError(error,
                clean == null || clean.length() <= DETAIL_LIMIT ? clean : clean.substring(0, DETAIL_LIMIT) + "…");
    }
}
