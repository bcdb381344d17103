package org.contextmap.network.export;

/**
 * Makes free text safe for XML 1.0. Escaping {@code &}, {@code <} and quotes is the XML writers'
 * job; but control characters such as U+0001 and lone surrogates cannot be written in XML 1.0 at
 * all, not even as character references, and a name pasted from a text message may contain them.
 * They are replaced by U+FFFD so that one bad name cannot make a whole export unreadable.
 */
final class XmlText {

    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    /** The text with every character XML 1.0 cannot hold replaced; the same instance when there is none. */
    static String clean(String text) {
        if (text == null || allowed(text)) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else {
                cleaned.append(allowedBmp(c) ? c : REPLACEMENT);
            }
        }
        return cleaned.toString();
    }

    private static boolean allowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowedBmp(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowedBmp(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
