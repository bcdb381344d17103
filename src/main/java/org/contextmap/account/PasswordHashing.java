package org.contextmap.account;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt, behind Spring Security's delegating encoder so that a stored hash names its algorithm
 * ({@code {bcrypt}…}) and a later move to Argon2 can re-hash at sign-in. Also used by the commands,
 * which run without the web layer.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /** The hashing, remembering recent matches for {@code contextmap.login.verified-seconds} ({@link VerifiedPasswords}). */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${contextmap.login.verified-seconds:300}") long verifiedSeconds) {
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Duration.ofSeconds(verifiedSeconds));
    }
}
