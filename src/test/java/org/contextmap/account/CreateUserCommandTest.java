package org.contextmap.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.contextmap.base.Role;
import org.contextmap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/** {@code --create-user}: the first account of an external database, and its clear refusals. */
@IntegrationTest
class CreateUserCommandTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserStore users;

    @TempDir
    Path folder;

    private String run(CreateUserCommand command, String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            command.run(new DefaultApplicationArguments(args));
        } finally {
            System.setOut(before);
        }
        return out.toString();
    }

    @Test
    void createsAnAdministratorWithTheHashOfThePasswordFromAFile() throws Exception {
        Path secret = Files.writeString(folder.resolve("password"), "a long passphrase here\n");
        CreateUserCommand command = new CreateUserCommand(accounts);
        String said = run(command, "--create-user=jsmith", "--roles=ADMIN,police", "--display-name=Jo Smith",
                "--password-file=" + secret);
        assertThat(said).contains("Created user jsmith");
        assertThat(command.getExitCode()).isZero();
        var stored = users.find("jsmith").orElseThrow();
        assertThat(stored.account().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.POLICE);
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain("passphrase");
        users.delete("jsmith");
    }

    @Test
    void refusesAnUnknownRoleAShortPasswordAndATakenNameWithASentence() throws Exception {
        Path shortOne = Files.writeString(folder.resolve("short"), "short");
        Path longOne = Files.writeString(folder.resolve("long"), "long enough password");
        CreateUserCommand unknown = new CreateUserCommand(accounts);
        assertThat(run(unknown, "--create-user=x1", "--roles=GANG_UNIT", "--password-file=" + longOne))
                .contains("Unknown role GANG_UNIT");
        assertThat(unknown.getExitCode()).isEqualTo(2);
        CreateUserCommand weak = new CreateUserCommand(accounts);
        assertThat(run(weak, "--create-user=x2", "--roles=POLICE", "--password-file=" + shortOne))
                .contains("at least 12 characters");
        CreateUserCommand taken = new CreateUserCommand(accounts);
        assertThat(run(taken, "--create-user=police", "--roles=POLICE", "--password-file=" + longOne))
                .contains("There is already a user police.");
        assertThat(taken.getExitCode()).isEqualTo(2);
    }
}
