package org.contextmap.account.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.contextmap.base.Viewer;

/**
 * Asked once per sign-in: why the person is using ContextMap today. The answer goes with every
 * audit entry of the session (UK DPA 2018 s.62 asks for the justification of each consultation);
 * scripts send it as the {@code X-Purpose} header instead.
 */
@Route(value = PurposeView.ROUTE, autoLayout = false)
@PageTitle("Why are you here today? · ContextMap")
@PermitAll
public class PurposeView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "purpose";
    static final List<String> PURPOSES = List.of(
            "Safeguarding a child I work with",
            "Preparing or holding a multi-agency meeting",
            "A strategy discussion or child protection enquiry",
            "Planning safety for a group or a place",
            "Checking or correcting the data",
            "Answering a subject access request",
            "Other (say why)");

    private final RadioButtonGroup<String> choice = new RadioButtonGroup<>("Purpose of access");
    private final TextField detail = new TextField("In your own words (needed for “Other”)");
    private String continueTo = "";

    public PurposeView() {
        setMaxWidth("40em");
        var title = new H1("Why are you using ContextMap today?");
        var why = new Paragraph("Your answer is recorded with every record you open in this session, so that a "
                + "child or parent who asks can be told who looked at their record and why.");
        choice.setItems(PURPOSES);
        choice.setId("purpose-choice");
        choice.setRequired(true);
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        detail.setId("purpose-detail");
        detail.setMaxLength(200);
        detail.setWidthFull();
        var go = new Button("Continue", click -> confirm());
        go.setId("purpose-continue");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        add(title, why, choice, detail, go);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        continueTo = event.getLocation().getQueryParameters().getSingleParameter("continue").orElse("");
        if (!continueTo.startsWith("/") || continueTo.startsWith("//")) {
            continueTo = "";
        }
    }

    private void confirm() {
        String chosen = choice.getValue();
        String words = detail.getValue() == null ? "" : detail.getValue().strip();
        if (chosen == null || chosen.startsWith("Other") && words.isEmpty()) {
            choice.setInvalid(chosen == null);
            choice.setErrorMessage("Choose a purpose.");
            detail.setInvalid(chosen != null);
            detail.setErrorMessage("Say in a few words why.");
            return;
        }
        String purpose = chosen.startsWith("Other") ? words : words.isEmpty() ? chosen : chosen + ": " + words;
        VaadinSession.getCurrent().getSession().setAttribute(Viewer.PURPOSE_ATTRIBUTE, purpose);
        UI.getCurrent().getPage().setLocation(continueTo.isEmpty() ? "/" : continueTo);
    }
}
