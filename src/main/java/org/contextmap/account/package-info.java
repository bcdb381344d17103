/**
 * Who may sign in and with which roles: users stored in the graph with hashed passwords, the
 * login page, HTTP Basic for scripts on {@code /api}, OpenID Connect for production, and the demo
 * accounts on the embedded database (docs/access.md).
 */
@ApplicationModule(displayName = "Accounts and sign-in", allowedDependencies = {"base", "database"})
package org.contextmap.account;

import org.springframework.modulith.ApplicationModule;
