package org.contextmap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import org.contextmap.base.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: nothing but the login page without signing in, the security headers, a locked
 * user name after repeated wrong passwords, and passwords kept only as hashes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"contextmap.store-temporary=true", "contextmap.demo=false", "contextmap.precompute=false"})
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UserStore users;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()));
        }
        return http.send(request.header("X-Purpose", "Sign-in test").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withoutSigningInOnlyTheLoginPageAnswers() throws Exception {
        HttpResponse<String> start = get("/", null, null);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(get("/people/YP1", null, null).statusCode()).isEqualTo(302);
        assertThat(get("/login", null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> api = get("/api/people", null, null);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).startsWith("{\"error\":\"Unauthorized\"");
    }

    @Test
    void pagesAndTheApiCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("/login", null, null);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        HttpResponse<String> api = get("/api/people", "police", "police");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.headers().firstValue("Set-Cookie")).as("the API keeps no session").isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheUserNameForAWhile() throws Exception {
        accounts.createChecked(new AccountService.UserRequest("guessed", "Guessed", "right-password-1",
                EnumSet.of(Role.POLICE), Set.of(), true), "test");
        assertThat(get("/api/people", "guessed", "right-password-1").statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/people", "guessed", "wrong-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = get("/api/people", "guessed", "right-password-1");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("Too many wrong passwords for this user name: try again in 15 minutes.");
        assertThat(get("/api/people", "police", "police").statusCode()).as("other names are not locked").isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOnly() {
        UserStore.Stored stored = users.find("police").orElseThrow();
        assertThat(stored.passwordHash()).startsWith("{bcrypt}$2").doesNotContain("police");
        assertThat(stored.account().roles()).containsExactly(Role.POLICE);
        assertThat(users.find("school").orElseThrow().account().schools()).containsExactly("*");
    }
}
