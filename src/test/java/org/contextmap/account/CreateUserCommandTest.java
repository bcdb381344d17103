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

    private int exitCode;

    /** Runs a new command (it prints to the {@code System.out} of its making) and returns what it said. */
    private String run(String... args) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        try {
            CreateUserCommand command = new CreateUserCommand(accounts);
            command.run(new DefaultApplicationArguments(args));
            exitCode = command.getExitCode();
        } finally {
            System.setOut(before);
        }
        return out.toString();
    }

    @Test
    void createsAnAdministratorWithTheHashOfThePasswordFromAFile() throws Exception {
        Path secret = Files.writeString(folder.resolve("password"), "a long passphrase here\n");
        String said = run("--create-user=jsmith", "--roles=ADMIN,police", "--display-name=Jo Smith",
                "--password-file=" + secret);
        assertThat(said).contains("Created user jsmith");
        assertThat(exitCode).isZero();
        var stored = users.find("jsmith").orElseThrow();
        assertThat(stored.account().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.POLICE);
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain("passphrase");
        users.delete("jsmith");
    }

    @Test
    void refusesAnUnknownRoleAShortPasswordAndATakenNameWithASentence() throws Exception {
        Path shortOne = Files.writeString(folder.resolve("short"), "short");
        Path longOne = Files.writeString(folder.resolve("long"), "long enough password");
        assertThat(run("--create-user=x1", "--roles=GANG_UNIT", "--password-file=" + longOne))
                .contains("Unknown role GANG_UNIT");
        assertThat(exitCode).isEqualTo(2);
        assertThat(run("--create-user=x2", "--roles=POLICE", "--password-file=" + shortOne))
                .contains("at least 12 characters");
        assertThat(run("--create-user=police", "--roles=POLICE", "--password-file=" + longOne))
                .contains("There is already a user police.");
        assertThat(exitCode).isEqualTo(2);
    }
}
