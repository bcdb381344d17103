package org.contextmap.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One child's open alerts as one line of a team's work list: the most pressing priority among
 * them, their codes, and the newest. A team works through children, not through alerts: five
 * alerts about one child are one conversation.
 *
 * @param codes    the codes of the child's alerts, most pressing first, each once
 * @param alertIds the alerts, for deciding each one
 */
public record AlertCase(String personId, String personName, AlertPriority priority, String priorityLabel,
        List<AlertCode> codes, List<String> labels, int alerts, LocalDate latest, List<String> alertIds) {

    /** The order of a work list: most pressing first, then the newest, then by child. */
    static final Comparator<AlertCase> WORK_ORDER = Comparator.comparing(AlertCase::priority)
            .thenComparing(AlertCase::latest, Comparator.reverseOrder()).thenComparing(AlertCase::personId);

    /** The alerts gathered by child, in work order. */
    static List<AlertCase> of(List<Alert> alerts) {
        Map<String, List<Alert>> byChild = new LinkedHashMap<>();
        alerts.forEach(a -> byChild.computeIfAbsent(a.personId(), id -> new ArrayList<>()).add(a));
        List<AlertCase> cases = new ArrayList<>();
        byChild.forEach((id, list) -> {
            list.sort(Comparator.comparing(Alert::priority).thenComparing(a -> a.code().ordinal()));
            List<AlertCode> codes = list.stream().map(Alert::code).distinct().toList();
            AlertPriority top = list.getFirst().priority();
            cases.add(new AlertCase(id, list.getFirst().personName(), top, top.label(), codes,
                    codes.stream().map(AlertCode::label).toList(), list.size(),
                    list.stream().map(Alert::raisedOn).max(Comparator.naturalOrder()).orElseThrow(),
                    list.stream().map(Alert::id).toList()));
        });
        cases.sort(WORK_ORDER);
        return cases;
    }
}
