package org.contextmap.account;

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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
