package org.contextmap.audit;

import java.io.PrintStream;
import java.util.Arrays;
import org.contextmap.base.StartupOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar contextmap.jar --audit-verify}: checks the audit trail's hash chain, prints the
 * result and exits with 0 when every link holds, 1 when one is broken (the first broken entry and
 * why are printed) and 2 when the check could not run.
 */
@Component
@ConditionalOnExpression("'${audit-verify:__none__}' != '__none__'")
@Order(StartupOrder.RUN_COMMAND)
public class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditTrail trail;
    private final PrintStream out;
    private int exitCode;

    @Autowired
    AuditVerifyCommand(AuditTrail trail) {
        this(trail, System.out);
    }

    AuditVerifyCommand(AuditTrail trail, PrintStream out) {
        this.trail = trail;
        this.out = out;
    }

    /** True when the command line asks for the check rather than the web application. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals("--audit-verify") || arg.startsWith("--audit-verify="));
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = check();
    }

    /** Runs the check and prints it; the exit code. */
    int check() {
        Verification result;
        try {
            result = trail.verify();
        } catch (RuntimeException e) {
            out.println("The audit trail could not be checked: " + e.getMessage());
            return 2;
        }
        if (result.verified()) {
            out.printf("Audit trail verified: %,d entries, every link of the hash chain holds.%n", result.entries());
        } else {
            out.printf("Audit trail BROKEN: %,d entries; first broken entry: %s.%n", result.entries(),
                    result.firstBrokenSequence() == null ? "none (see the reason)" : result.firstBrokenSequence());
            out.println(result.reason());
        }
        if (result.legacyEntries() > 0) {
            out.printf("%,d entries written before the chain began were chained first, oldest first.%n",
                    result.legacyEntries());
        }
        out.println("Newest link: " + result.lastHash() + " (note it elsewhere to detect a rebuilt chain later)");
        return result.verified() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
