package org.contextmap.base;

import java.time.Duration;

/**
 * An analysis ran past its time limit ({@code contextmap.analytics.time-limit}): the API answers
 * 503 with a sentence saying so, instead of holding the caller (and a server thread) for minutes.
 */
public class TooSlowException extends RuntimeException {

    public TooSlowException(String what, Duration limit) {
        super("Working out " + what + " took longer than its limit of " + seconds(limit)
                + ". It goes on in the background, so asking again in a minute may find it ready; if it keeps"
                + " happening, ask the administrator to look at the server's load or raise"
                + " contextmap.analytics.time-limit.");
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
