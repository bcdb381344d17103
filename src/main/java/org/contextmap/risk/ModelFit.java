package org.contextmap.risk;

import java.time.LocalDate;
import org.contextmap.network.snapshot.NetworkSnapshot;
import org.contextmap.risk.model.HarmHistory;
import org.contextmap.risk.model.HawkesFit;
import org.contextmap.risk.model.RiskParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The parameters the model runs with: fitted to the city's own history when there is enough of it,
 * else those configured. The literature's defaults spread harm widely over the network (a mean lag
 * of 125 days, 0.43 per step); a city's own history usually says otherwise (on the demo city the
 * fit finds about two weeks and almost no spread beyond a child's own harm), and the fitted model
 * both ranks better and explains itself in fewer lines (docs/risk-model.md). The EM fit
 * ({@link HawkesFit}) takes seconds on a few thousand victimisations and minutes on tens of
 * thousands, so above {@code contextmap.risk.auto-fit-max} victimisations it is left to the
 * {@code --risk-fit} command and the printed settings.
 */
@Component
class ModelFit {

    private static final Logger log = LoggerFactory.getLogger(ModelFit.class);
    /** Fewer victimisations than this give a fit that says more about chance than about the city. */
    static final int MIN_VICTIMISATIONS = 200;

    private final RiskParameters configured;
    private final boolean enabled;
    private final int maxVictimisations;

    ModelFit(RiskParameters configured, @Value("${contextmap.risk.auto-fit:true}") boolean enabled,
            @Value("${contextmap.risk.auto-fit-max:20000}") int maxVictimisations) {
        this.configured = configured;
        this.enabled = enabled;
        this.maxVictimisations = maxVictimisations;
    }

    /** The parameters as configured: the harm weights, horizon and bands, and the starting point of a fit. */
    RiskParameters configured() {
        return configured;
    }

    /** The parameters in use for a history: fitted up to {@code to} ({@code null}: its last incident) when possible. */
    InUse parameters(NetworkSnapshot full, HarmHistory history, LocalDate to) {
        int victimisations = victimisations(history);
        if (!enabled || victimisations < MIN_VICTIMISATIONS || victimisations > maxVictimisations) {
            String why = !enabled ? "configured (contextmap.risk.auto-fit=false)"
                    : victimisations < MIN_VICTIMISATIONS ? "configured (fewer than " + MIN_VICTIMISATIONS
                            + " victimisations to fit on)"
                            : "configured (more than " + maxVictimisations + " victimisations: fit with --risk-fit)";
            return new InUse(configured, why);
        }
        LocalDate end = to != null ? to : LocalDate.ofEpochDay(history.day(history.size() - 1));
        try {
            long started = System.nanoTime();
            HawkesFit.Fit fit = HawkesFit.fit(full.people(), full.groups(), history, configured, end, 200);
            log.info("Retaliation-risk model fitted on {} victimisations to {} in {} ms: mean lag {} days, "
                    + "distance factor {}", fit.victimisations(), end, (System.nanoTime() - started) / 1_000_000,
                    Math.round(fit.meanLagDays()), String.format("%.3f", fit.distanceFactor()));
            return new InUse(fit.applyTo(configured), "fitted to this city's history up to " + end);
        } catch (IllegalArgumentException e) {
            return new InUse(configured, "configured (" + e.getMessage() + ")");
        }
    }

    private static int victimisations(HarmHistory history) {
        int count = 0;
        for (int i = 0; i < history.size(); i++) {
            count += history.victimEnd(i) - history.partyStart(i);
        }
        return count;
    }

    /** The parameters in use and where they come from, in words. */
    record InUse(RiskParameters parameters, String source) {
    }
}
