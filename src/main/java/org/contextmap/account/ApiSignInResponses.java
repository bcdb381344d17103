package org.contextmap.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.contextmap.base.ApiError;
import org.contextmap.base.DatabaseUnavailable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's 401 and 403 in the same {@code {error, detail}} shape as every other error, with a
 * sentence a script's author can act on, and the {@code WWW-Authenticate} challenge for HTTP Basic.
 */
@Component
class ApiSignInResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (DatabaseUnavailable.causedBy(failure)) {
            // the user could not be looked up: not a wrong password, and no reason to count a failure
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            write(response, HttpStatus.SERVICE_UNAVAILABLE, new ApiError("Database unavailable",
                    DatabaseUnavailable.SENTENCE));
            return;
        }
        // a lock found while loading the user arrives wrapped by the authentication provider
        AuthenticationException cause = failure.getCause() instanceof AuthenticationException inner ? inner : failure;
        String detail = switch (cause) {
            case LockedException locked -> locked.getMessage();
            case DisabledException disabled -> "This account is disabled: ask an administrator.";
            case BadCredentialsException wrong -> "The user name or password is wrong.";
            case InsufficientAuthenticationException missing ->
                    "Sign in: send a user name and password with HTTP Basic (curl -u NAME:PASSWORD).";
            default -> "Signing in failed: check the user name and password.";
        };
        response.setHeader("WWW-Authenticate", "Basic realm=\"ContextMap\"");
        write(response, HttpStatus.UNAUTHORIZED, new ApiError("Unauthorized", detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN,
                new ApiError("Forbidden", "Your role may not use " + request.getMethod() + " "
                        + request.getRequestURI().replaceAll("[^A-Za-z0-9/._-]", "?") + " (see docs/access.md)."));
    }

    /** The firewall refused the address. */
    void rejected(HttpServletRequest request, HttpServletResponse response, RuntimeException refused)
            throws IOException {
        write(response, HttpStatus.BAD_REQUEST, new ApiError("Bad request", "The address has characters no address "
                + "of ContextMap has (such as //, an encoded slash or a control character)."));
    }

    private void write(HttpServletResponse response, HttpStatus status, ApiError error) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), error);
    }
}
