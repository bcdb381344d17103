package org.contextmap.meeting.pack;

/**
 * Builds the XHTML a pack is laid out from: text is escaped, and characters the PDF's standard
 * fonts cannot draw are written plainly (an arrow as "to"), so that nothing prints as a box.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(16_384);

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element with escaped text: {@code tag("h2", "Hotspots")}. */
    Html tag(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ")[0] + ">");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\u2192' -> escaped.append("to");
                case '\u2191' -> escaped.append("up");
                case '\u2193' -> escaped.append("down");
                default -> {
                    if (c < 32 && c != '\n' && c != '\t') {
                        escaped.append(' ');
                    } else if (c > 0xFF && c != '\u2013' && c != '\u2014' && c != '\u2018' && c != '\u2019'
                            && c != '\u201C' && c != '\u201D' && c != '\u2022' && c != '\u20AC') {
                        escaped.append('?');
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
