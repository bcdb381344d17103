package org.contextmap.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Predicate;
import org.contextmap.plan.Suggestion;

/**
 * What the graph suggests to avoid, each with its reason and an "Add" button that puts it in the
 * plan. The suggestions advise; nothing is in the plan until someone adds it.
 */
class SuggestionsPanel extends Div {

    SuggestionsPanel(List<Suggestion> suggestions, Predicate<Suggestion> add) {
        setId("plan-suggestions");
        add(new H3("Suggested from the records"));
        var about = new Paragraph("People and places the records link to risk for this plan, each with its reason. "
                + "They advise: add those that belong in the plan.");
        about.addClassName("cm-provenance");
        add(about);
        if (suggestions.isEmpty()) {
            add(new Paragraph("Nothing to suggest: no rival groups' associates, suspects of incidents against them "
                    + "or hotspots near their way to school are recorded."));
            return;
        }
        var list = new UnorderedList();
        for (Suggestion s : suggestions) {
            var item = new ListItem();
            item.getElement().setAttribute("data-id", s.id());
            var name = new Span(("PLACE".equals(s.kind()) ? "Place: " : "Person: ") + s.name());
            name.getStyle().set("font-weight", "600");
            var button = new Button("Add", click -> { });
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.setAriaLabel("Add " + s.name() + " to the plan");
            button.addClickListener(click -> {
                if (add.test(s)) {
                    button.setText("Added");
                }
                button.setEnabled(false);
            });
            item.add(name, new Span(" — " + s.reason() + " "), button);
            list.add(item);
        }
        add(list);
    }
}
