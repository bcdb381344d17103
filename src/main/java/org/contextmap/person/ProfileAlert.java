package org.contextmap.person;

import java.time.LocalDate;

/**
 * A practice alert as a young person's record shows it. The alerts themselves are raised by
 * another feature, which provides them through {@link ProfileAlerts}; the record only shows them.
 *
 * @param decision what was decided about it and by whom, in words; {@code null} while undecided
 */
public record ProfileAlert(String id, String code, String label, LocalDate raisedOn, String reason, String learning,
        String suggestedAction, String decision) {
}
