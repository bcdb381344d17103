package org.contextmap.alert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.contextmap.alert.Alert;
import org.contextmap.alert.AlertCode;
import org.contextmap.alert.AlertService;
import org.contextmap.alert.Decision;
import org.contextmap.support.BrowserlessViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The alerts page without a browser (Vaadin's browserless tests): it lists the alerts the
 * service gives the reader, its filter narrows them, and the decision dialog refuses to record a
 * decision without a reason, then records one against the signed-in person.
 */
@WithMockUser(username = "worker", roles = "SOCIAL_CARE")
class AlertsViewTest extends BrowserlessViewTest {

    @Autowired
    AlertService alerts;

    @Test
    @WithMockUser(username = "worker", roles = "SOCIAL_CARE")
    @SuppressWarnings("unchecked")
    void listsFiltersAndDecides() {
        List<Alert> open = alerts.alerts(null, new AlertService.Filter(null, null, null, null, false));
        assertThat(open).isNotEmpty();
        navigate(AlertsView.class);
        Grid<Alert> grid = $(Grid.class).id("alerts-grid");
        assertThat(test(grid).size()).isEqualTo(open.size());

        AlertCode first = open.getFirst().code();
        Select<AlertCode> code = $(Select.class).id("alerts-code");
        test(code).selectItem(first.label());
        assertThat(test(grid).size()).isEqualTo(open.stream().filter(a -> a.code() == first).count());

        new DecisionDialog(alerts, open.getFirst(), after -> { }).open();
        Button save = $(Button.class).id("decision-save");
        test(save).click();
        TextArea reason = $(TextArea.class).id("decision-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(alerts.alerts(null, new AlertService.Filter(null, open.getFirst().personId(), null, null, true))
                .stream().filter(a -> a.decision() != null)).isEmpty();

        RadioButtonGroup<Decision.Outcome> outcome = $(RadioButtonGroup.class).id("decision-outcome");
        outcome.setValue(Decision.Outcome.NOT_NEEDED);
        test(reason).setValue("Already in the child protection plan.");
        test(save).click();
        Alert decided = alerts.alerts(null, new AlertService.Filter(null, open.getFirst().personId(), null, null, true))
                .stream().filter(a -> a.id().equals(open.getFirst().id())).findFirst().orElseThrow();
        assertThat(decided.decision().decidedBy()).isEqualTo("worker");
        assertThat(decided.decision().reason()).isEqualTo("Already in the child protection plan.");
    }
}
