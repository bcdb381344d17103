package org.contextmap.person;

import java.util.List;

/**
 * Where a young person's record gets its practice alerts from. Implemented by the alerts
 * feature, so that the record can show them without this feature depending on that one.
 */
public interface ProfileAlerts {

    /** The young person's alerts today, open ones and decided ones with their decision. */
    List<ProfileAlert> alertsFor(String personId);
}
