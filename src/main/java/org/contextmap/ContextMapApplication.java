package org.contextmap;

import java.util.Map;
import org.contextmap.account.CreateUserCommand;
import org.contextmap.audit.AuditVerifyCommand;
import org.contextmap.backup.BackupCommand;
import org.contextmap.backup.RestoreCommand;
import org.contextmap.exchange.ImportCommand;
import org.contextmap.retention.RetentionCommand;
import org.contextmap.risk.RiskCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * ContextMap: the web application, or with {@code --import=DIR} a one-off import that exits
 * with a status code (docs/bundle-format.md), or with {@code --risk-back-test} / {@code --risk-fit} a check of
 * the retaliation-risk model on the database's history, with {@code --audit-verify} a check of the audit
 * trail's hash chain, with {@code --retention-run} a retention run (docs/retention.md), with
 * {@code --backup=FILE} / {@code --restore=FILE} a backup or a restore (docs/operations.md), or with
 * {@code --create-user} the first account of an external database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ContextMapApplication {

    public static void main(String[] args) {
        boolean importing = ImportCommand.requested(args) || RiskCommand.requested(args)
                || CreateUserCommand.requested(args) || AuditVerifyCommand.requested(args)
                || RetentionCommand.requested(args) || BackupCommand.requested(args)
                || RestoreCommand.requested(args);
        if (RestoreCommand.requested(args)) {
            args = RestoreCommand.arguments(args);
        }
        SpringApplication application = importing ? withoutWeb() : new SpringApplication(ContextMapApplication.class);
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException failure) {
            // Spring Boot has already said why (a failure analysis, or the exception); a database that was
            // half opened must not keep the process alive, and a script must see that it failed
            System.exit(1);
            return;
        }
        if (importing) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /** The application without web server or UI: for command-line work such as imports and benchmarks. */
    public static SpringApplication withoutWeb() {
        SpringApplication application = new SpringApplication(ContextMapApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        // Vaadin's auto-configuration needs a web application context, which this has not
        application.setDefaultProperties(Map.of(
                "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                // a command's output is its report and its progress, not the framework's chatter
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN",
                "logging.level.org.contextmap", "INFO",
                // a command does its one piece of work; nothing is computed ahead for screens
                "contextmap.precompute", "false"));
        return application;
    }
}
