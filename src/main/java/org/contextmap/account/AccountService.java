package org.contextmap.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.contextmap.base.BadRequestException;
import org.contextmap.base.ForbiddenException;
import org.contextmap.base.NotFoundException;
import org.contextmap.base.Role;
import org.contextmap.base.Viewer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Who may sign in, managed by {@link Role#ADMIN} alone: checked here, not only at the address, so
 * every way in (API, screen, command) obeys the same rule. Passwords are stored as bcrypt hashes.
 */
@Service
public class AccountService {

    /** A new or changed user as an administrator sends it; null fields of a change stay as they were. */
    public record UserRequest(String username, String displayName, String password, Set<Role> roles,
                              Set<String> schools, Boolean enabled) {
    }

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    private static final Pattern SCHOOL = Pattern.compile("\\*|[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final UserStore users;
    private final PasswordEncoder passwords;

    AccountService(UserStore users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    public List<UserAccount> list() {
        requireAdmin();
        return users.all();
    }

    public UserAccount get(String username) {
        requireAdmin();
        return users.find(username).map(UserStore.Stored::account)
                .orElseThrow(() -> new NotFoundException("There is no user " + username + "."));
    }

    /** The signed-in person's own account, for the header; empty for the system or a provider's user. */
    public Optional<UserAccount> own(String username) {
        return users.find(username).map(UserStore.Stored::account);
    }

    public UserAccount create(UserRequest request) {
        requireAdmin();
        checkPassword(request.password());
        return createChecked(request, Viewer.current().user());
    }

    public UserAccount update(String username, UserRequest change) {
        requireAdmin();
        if (change.password() != null) {
            checkPassword(change.password());
        }
        if (change.roles() != null && change.roles().isEmpty()) {
            throw new BadRequestException("A user needs at least one role.");
        }
        checkSchools(change.schools());
        if (!users.update(username, clean(change.displayName()), change.roles(), change.schools(), change.enabled(),
                change.password() == null ? null : passwords.encode(change.password()), Viewer.current().user())) {
            throw new NotFoundException("There is no user " + username + ".");
        }
        return get(username);
    }

    public void delete(String username) {
        requireAdmin();
        if (username.equals(Viewer.current().user())) {
            throw new BadRequestException("You cannot delete your own account.");
        }
        if (!users.delete(username)) {
            throw new NotFoundException("There is no user " + username + ".");
        }
    }

    /** For the command line and the demo accounts: no signed-in administrator, no password rule. */
    UserAccount createChecked(UserRequest request, String createdBy) {
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            throw new BadRequestException("A user name is 2 to 64 lower-case letters, digits, '.', '_', '@' or '-'.");
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            throw new BadRequestException("A user needs at least one role: " + EnumSet.allOf(Role.class) + ".");
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw new BadRequestException("A user needs a password.");
        }
        checkSchools(request.schools());
        Set<String> schools = request.schools() == null ? Set.of() : request.schools();
        UserAccount account = new UserAccount(request.username(),
                Optional.ofNullable(clean(request.displayName())).orElse(request.username()), request.roles(), schools,
                request.enabled() == null || request.enabled(), null, createdBy);
        if (!users.create(account, passwords.encode(request.password()))) {
            throw new BadRequestException("There is already a user " + request.username() + ".");
        }
        return users.find(request.username()).orElseThrow().account();
    }

    boolean exists(String username) {
        return users.find(username).isPresent();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 128) {
            throw new BadRequestException("A password is " + MIN_PASSWORD + " to 128 characters long.");
        }
    }

    private static void checkSchools(Set<String> schools) {
        if (schools != null && schools.stream().anyMatch(school -> school == null || !SCHOOL.matcher(school).matches())) {
            throw new BadRequestException("Schools are location ids such as SCH1, or * for every school.");
        }
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > 120 || text.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException("A display name is up to 120 characters, without control characters.");
        }
        return text.strip();
    }

    private static void requireAdmin() {
        if (!Viewer.current().has(Role.ADMIN)) {
            throw new ForbiddenException("Only an administrator manages users.");
        }
    }
}
