package org.contextmap.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.contextmap.base.RecentlyUsed;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers for a few minutes that a password matched its stored bcrypt hash, so that a script
 * signing every {@code /api} request with HTTP Basic pays bcrypt's deliberate slowness (about
 * 0.1 s of a core) once per few minutes rather than on every request. Measured with 20 users at
 * once, bcrypt took most of both cores and every request waited for it (docs/performance.md, "Many
 * people at once").
 *
 * <p>Only matches are remembered, so a wrong password always costs the full hash (and counts
 * towards the lock of {@link LoginThrottle}). The key of an entry is an HMAC of the stored hash
 * and the password under a random key that lives only in this process's memory: a changed password
 * (a new stored hash) no longer matches, and the entries cannot be turned back into passwords
 * without that key. The user is still read on every request, so a disabled account or a changed
 * role takes effect at once. {@code contextmap.login.verified-seconds=0} turns this off.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private static final int KEPT = 1_000;

    private final PasswordEncoder hashing;
    private final long keepNanos;
    private final byte[] key = new byte[32];
    private final Map<String, Long> verified = new RecentlyUsed<>(KEPT);

    VerifiedPasswords(PasswordEncoder hashing, Duration keep) {
        this.hashing = hashing;
        this.keepNanos = keep.toNanos();
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hashing.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (keepNanos <= 0 || rawPassword == null || encodedPassword == null) {
            return hashing.matches(rawPassword, encodedPassword);
        }
        String entry = entry(rawPassword, encodedPassword);
        long now = System.nanoTime();
        synchronized (verified) {
            Long until = verified.get(entry);
            if (until != null && until - now > 0) {
                return true;
            }
        }
        boolean matches = hashing.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (verified) {
                verified.put(entry, now + keepNanos);
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword);
    }

    private String entry(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }
}
