/**
 * Running ContextMap as a service (docs/operations.md): an id for every request in the logs and
 * its answer, refusing new work with 503 once the server is stopping while the requests and
 * imports in flight finish, and the application's own metrics beside Actuator's.
 */
@ApplicationModule(displayName = "Operations", allowedDependencies = "base")
package org.contextmap.operations;

import org.springframework.modulith.ApplicationModule;
