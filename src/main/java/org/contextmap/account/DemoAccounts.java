package org.contextmap.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.contextmap.base.Role;
import org.contextmap.base.StartupOrder;
import org.contextmap.base.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the embedded database (user name = password), created whether or not the
 * demo city is loaded, so that a script that loads its own bundle signs in as {@code admin}. With
 * {@code NEO4J_URI} there are none: a real partnership creates its first administrator with
 * {@code --create-user}.
 */
@Component
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank() and ${contextmap.demo-accounts:true}")
@Order(StartupOrder.CREATE_DEMO_ACCOUNTS)
class DemoAccounts implements ApplicationRunner {

    /** One demo account: its name, what it is called on screen, its roles. */
    record Demo(String username, String displayName, Set<Role> roles, Set<String> schools) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Demo administrator", EnumSet.of(Role.ADMIN), Set.of(Viewer.ALL_SCHOOLS)),
            new Demo("police", "Demo police officer", EnumSet.of(Role.POLICE), Set.of()),
            new Demo("socialcare", "Demo social worker", EnumSet.of(Role.SOCIAL_CARE), Set.of()),
            new Demo("school", "Demo education safeguarding officer", EnumSet.of(Role.EDUCATION),
                    Set.of(Viewer.ALL_SCHOOLS)),
            new Demo("health", "Demo health practitioner", EnumSet.of(Role.HEALTH), Set.of()),
            new Demo("youthjustice", "Demo youth justice worker", EnumSet.of(Role.YOUTH_JUSTICE), Set.of()),
            new Demo("voluntary", "Demo youth worker", EnumSet.of(Role.VOLUNTARY), Set.of()),
            new Demo("housing", "Demo housing officer", EnumSet.of(Role.HOUSING), Set.of()),
            new Demo("analyst", "Demo analyst", EnumSet.of(Role.ANALYST), Set.of()),
            new Demo("auditor", "Demo auditor", EnumSet.of(Role.AUDITOR), Set.of()));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Demo demo : ACCOUNTS) {
            if (!accounts.exists(demo.username())) {
                accounts.createChecked(new AccountService.UserRequest(demo.username(), demo.displayName(),
                        demo.username(), demo.roles(), demo.schools(), true), "demo");
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo accounts on the embedded database (user name = password): {}", created,
                    ACCOUNTS.stream().map(Demo::username).toList());
        }
    }
}
