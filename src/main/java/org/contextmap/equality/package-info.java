/**
 * Equality: the disproportionality report (docs/disproportionality.md). For each characteristic
 * — ethnicity, gender, age band, in care, SEND — and each of its groups, how often the young
 * people in it have an open practice alert, are in the high band of retaliation risk, have a
 * counting association with a peer group and have had a referral or a meeting about them, against
 * everyone else, with the rate ratio and its 95% confidence interval. The Gangs Matrix held 78%
 * Black young people against 27% of those responsible for serious youth violence, and no equality
 * impact assessment was done (ICO 2018; Amnesty 2018): a partnership must see whether its alerts
 * and scores fall unevenly. Reads each feature through its service.
 */
@ApplicationModule(displayName = "Equality and disproportionality",
        allowedDependencies = {"base", "person", "casework", "alert", "risk", "network :: snapshot",
                "network :: graph"})
package org.contextmap.equality;

import org.springframework.modulith.ApplicationModule;
