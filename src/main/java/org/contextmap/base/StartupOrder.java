package org.contextmap.base;

import org.springframework.core.Ordered;

/**
 * The order of the work the application does once it has started (its {@code ApplicationRunner}s),
 * written down in one place: first undo any import a dead process left half-written, so that
 * nothing reads a half-written bundle; then create the demo accounts; then load the demo city into an empty embedded database;
 * last run a command given on the command line ({@code --import}, {@code --risk-back-test},
 * {@code --risk-fit}), which may read that city.
 */
public final class StartupOrder {

    /** Undo imports left half-written: before anything reads or writes data. */
    public static final int RECOVER_IMPORTS = Ordered.HIGHEST_PRECEDENCE;

    /** Create the demo accounts on the embedded database, so that people can sign in at once. */
    public static final int CREATE_DEMO_ACCOUNTS = Ordered.HIGHEST_PRECEDENCE + 1;

    /** Load the demo city into an empty embedded database. */
    public static final int LOAD_DEMO_CITY = 0;

    /** Run the command given on the command line. */
    public static final int RUN_COMMAND = Ordered.LOWEST_PRECEDENCE;

    private StartupOrder() {
    }
}
