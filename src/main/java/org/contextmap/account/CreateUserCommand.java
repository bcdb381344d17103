package org.contextmap.account;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.contextmap.base.BadRequestException;
import org.contextmap.base.Role;
import org.contextmap.base.StartupOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --create-user=NAME --roles=ADMIN[,POLICE…] [--schools=SCH1,…] [--display-name=…]}: creates
 * the first account on an external database, where there are no demo accounts. The password comes
 * from {@code --password-file=PATH} (its first line: a container secret), the environment variable
 * {@code CONTEXTMAP_PASSWORD}, or is asked for on the console; it is never a command-line argument,
 * which other users of the machine could read. Exits 0, or 2 with a
 * sentence saying what is wrong.
 */
@Component
@ConditionalOnExpression("'${create-user:__none__}' != '__none__'")
@Order(StartupOrder.RUN_COMMAND)
public class CreateUserCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AccountService accounts;
    private final PrintStream out = System.out;
    private int exitCode;

    CreateUserCommand(AccountService accounts) {
        this.accounts = accounts;
    }

    /** True when the command line asks to create a user rather than start the web application. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--create-user"));
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            String name = single(args, "create-user");
            Set<Role> roles = roles(single(args, "roles"));
            Set<String> schools = args.containsOption("schools")
                    ? new TreeSet<>(Arrays.asList(single(args, "schools").split(","))) : Set.of();
            String display = args.containsOption("display-name") ? single(args, "display-name") : null;
            String password = args.containsOption("password-file")
                    ? passwordFrom(Path.of(single(args, "password-file"))) : password();
            if (password.length() < AccountService.MIN_PASSWORD) {
                throw new BadRequestException("A password is at least " + AccountService.MIN_PASSWORD + " characters.");
            }
            UserAccount account = accounts.createChecked(
                    new AccountService.UserRequest(name, display, password, roles, schools, true), "command line");
            out.println("Created user " + account.username() + " with roles " + account.roles() + ".");
        } catch (BadRequestException | IllegalArgumentException e) {
            out.println(e.getMessage());
            exitCode = 2;
        }
    }

    private static String single(ApplicationArguments args, String option) {
        var values = args.getOptionValues(option);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            throw new IllegalArgumentException("Give --" + option + "=…  (for example --create-user=jsmith --roles=ADMIN).");
        }
        return values.getFirst().strip();
    }

    private static Set<Role> roles(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : list.split(",")) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown role " + name.strip() + "; the roles are "
                        + Arrays.toString(Role.values()) + ".");
            }
        }
        return roles;
    }

    private static String passwordFrom(Path file) {
        try {
            return Files.readAllLines(file).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the password file " + file + ".");
        }
    }

    private static String password() {
        String fromEnvironment = System.getenv("CONTEXTMAP_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("Set CONTEXTMAP_PASSWORD, or run on a console to type the password.");
        }
        char[] typed = console.readPassword("Password for the new user: ");
        return typed == null ? "" : new String(typed);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
