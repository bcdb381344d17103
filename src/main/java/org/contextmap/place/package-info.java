/** Places: schools, parks, transport hubs, estates, shops and the rest, with where they are. */
@ApplicationModule(displayName = "Places", allowedDependencies = {"base", "database"})
package org.contextmap.place;

import org.springframework.modulith.ApplicationModule;
