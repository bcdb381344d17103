package org.contextmap.alert;

import java.time.LocalDate;
import java.util.List;
import org.contextmap.person.YoungPerson;

/** One practice rule (docs/practice-rules.md): the alerts it raises for one young person on a day. */
interface Rule {

    AlertCode code();

    /**
     * @param raised the alerts the rules before this one raised for the same young person (a rule
     *               about open risk reads them)
     */
    List<Alert> evaluate(YoungPerson person, CaseBook book, LocalDate asOf, AlertSettings settings, List<Alert> raised);
}
