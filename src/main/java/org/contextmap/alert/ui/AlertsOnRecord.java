package org.contextmap.alert.ui;


import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Optional;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertService;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.Viewer;
import org.contextmap.base.ui.RecordSection;

/**
 * A young person's practice alerts on their record: open ones with the button to decide, decided
 * ones with who decided what and why.
 */
@org.springframework.stereotype.Component
class AlertsOnRecord implements RecordSection {

    private final AlertService alerts;

    AlertsOnRecord(AlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> section(String personId) {
        if (!NeedToKnow.sees(Viewer.current(), NeedToKnow.Fact.ALERTS)) {
            return Optional.empty();
        }
        var section = new Section();
        section.setId("record-alerts");
        section.add(new H3("Practice alerts"));
        fill(section, personId);
        return Optional.of(section);
    }

    private void fill(Section section, String personId) {
        List<Alert> found = alerts.alerts(null, new AlertService.Filter(null, personId, null, null, true));
        section.getChildren().skip(1).toList().forEach(section::remove);
        if (found.isEmpty()) {
            section.add(new Paragraph("No practice alert has been raised for this young person."));
            return;
        }
        var grid = new AlertGrid(alerts, false, after -> fill(section, personId));
        grid.setId("record-alerts-grid");
        grid.setItems(found);
        grid.setAllRowsVisible(true);
        section.add(grid);
    }
}
