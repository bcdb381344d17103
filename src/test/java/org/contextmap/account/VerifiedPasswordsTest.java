package org.contextmap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A verified password is not hashed again for a while; a wrong one, or a changed hash, always is. */
class VerifiedPasswordsTest {

    /** Counts the calls to bcrypt. */
    private static final class Counting implements PasswordEncoder {
        final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        final AtomicInteger matched = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matched.incrementAndGet();
            return real.matches(raw, encoded);
        }
    }

    @Test
    void aMatchIsRememberedAndOnlyAMatch() {
        Counting bcrypt = new Counting();
        VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ofMinutes(5));
        String hash = passwords.encode("correct horse battery");
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(bcrypt.matched).hasValue(1);
        assertThat(passwords.matches("wrong", hash)).isFalse();
        assertThat(passwords.matches("wrong", hash)).isFalse();
        assertThat(bcrypt.matched).hasValue(3);
        String changed = passwords.encode("correct horse battery");
        assertThat(passwords.matches("correct horse battery", changed)).isTrue();
        assertThat(bcrypt.matched).hasValue(4);
        assertThat(passwords.matches("old password", changed)).isFalse();
    }

    @Test
    void turnedOffEveryCheckHashes() {
        Counting bcrypt = new Counting();
        VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, Duration.ZERO);
        String hash = passwords.encode("correct horse battery");
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(bcrypt.matched).hasValue(2);
    }
}
