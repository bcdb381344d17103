package org.contextmap.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code contextmap.login.max-failures} wrong passwords for one
 * user name within {@code contextmap.login.lock-minutes}, that name is locked for the same time,
 * on the login page and on HTTP Basic alike (OWASP ASVS 2.2.1). A correct password resets the
 * count. Kept in memory: a restart forgets, which is acceptable for throttling.
 */
@Component
class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(@Value("${contextmap.login.max-failures:5}") int maxFailures,
                  @Value("${contextmap.login.lock-minutes:15}") int lockMinutes) {
        this(maxFailures, Duration.ofMinutes(lockMinutes), Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Minutes until this name may try again; 0 when it is not locked. */
    long lockedMinutes(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return 0;
        }
        synchronized (recent) {
            prune(recent);
            if (recent.size() < maxFailures) {
                return 0;
            }
            Duration left = Duration.between(clock.instant(), recent.peekLast().plus(window));
            return Math.max(1, (left.toSeconds() + 59) / 60);
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Deque<Instant> recent = failures.computeIfAbsent(key(event.getAuthentication().getName()),
                name -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private void prune(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
