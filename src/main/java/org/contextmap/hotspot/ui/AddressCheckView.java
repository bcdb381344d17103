package org.contextmap.hotspot.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.ForbiddenException;
import org.contextmap.hotspot.HotspotReports;
import org.contextmap.hotspot.HotspotService;
import org.contextmap.hotspot.HotspotSettings;

/**
 * The housing address check: before a young person is placed at an address, what harm there has
 * been around it, whether it is rising, which hotspots are near and which groups' associates were
 * involved — counts and places only, no incident detail. A small form of labelled fields.
 */
@Route("map/address")
@PermitAll
@PageTitle("Address check · ContextMap")
public class AddressCheckView extends VerticalLayout {

    private final HotspotService hotspots;
    private final NumberField latitude = new NumberField("Latitude");
    private final NumberField longitude = new NumberField("Longitude");
    private final IntegerField radius = new IntegerField("Distance around the address (metres)");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Div result = new Div();

    public AddressCheckView(HotspotService hotspots, HotspotSettings settings) {
        this.hotspots = hotspots;
        setMaxWidth("72em");
        latitude.setId("address-lat");
        latitude.setHelperText("For example 52.0012 (north is positive)");
        longitude.setId("address-lon");
        longitude.setHelperText("For example -1.0021 (west is negative)");
        radius.setId("address-radius");
        radius.setValue(settings.nearbyMetres());
        radius.setMin(50);
        radius.setMax(5_000);
        radius.setStepButtonsVisible(true);
        radius.setStep(50);
        radius.setHelperText("Between 50 and 5,000");
        from.setId("address-from");
        from.setHelperText("Empty: " + settings.periodDays() + " days before the last day");
        to.setId("address-to");
        to.setHelperText("Empty: today");
        var check = new Button("Check the address", click -> check());
        check.setId("address-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        var form = new FormLayout(latitude, longitude, radius, from, to);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        result.setId("address-result");
        result.setWidthFull();
        add(new Anchor("map", "← Hotspots map"), new H2("Check the risk around an address"),
                Plain.hint("For a housing placement: harm around a point in a period, whether it is rising, the "
                        + "hotspots near it and the groups whose associates were involved. Counts and places only."),
                form, check, result);
    }

    private void check() {
        result.removeAll();
        if (latitude.getValue() == null || longitude.getValue() == null) {
            result.add(error("Enter the latitude and the longitude of the address."));
            return;
        }
        HotspotReports.AreaRisk risk;
        try {
            risk = hotspots.address(latitude.getValue(), longitude.getValue(), radius.getValue(), from.getValue(),
                    to.getValue());
        } catch (ForbiddenException refused) {
            result.add(Plain.notOpen("The address check", refused.getMessage()));
            return;
        } catch (BadRequestException wrong) {
            result.add(error(wrong.getMessage()));
            return;
        }
        String where = "the address";
        result.add(Plain.behind(risk.behind()), AreaRiskParts.harm(risk, where), AreaRiskParts.nearby(risk, where),
                AreaRiskParts.byType(risk.byType()), AreaRiskParts.groups(risk));
    }

    private static Paragraph error(String text) {
        var error = new Paragraph(text);
        error.setId("address-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassName("cm-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        return error;
    }
}
