package org.contextmap.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list of rows of fields that grows and shrinks: people and places to avoid, trusted adults,
 * actions. Each row has a remove button named for what it removes, so a screen reader says which.
 *
 * @param <R> the row's component, which reads its own fields
 */
class Rows<R extends Component> extends Div {

    private final List<R> rows = new ArrayList<>();
    private final Div body = new Div();
    private final Supplier<R> blank;
    private final String noun;

    Rows(String heading, String noun, Supplier<R> blank) {
        this.blank = blank;
        this.noun = noun;
        addClassName("cm-plan-rows");
        var add = new Button("Add " + noun, VaadinIcon.PLUS.create(), click -> add(blank.get()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H4(heading), body, add);
    }

    R add(R row) {
        rows.add(row);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> remove(row));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel("Remove this " + noun);
        var line = new FlexLayout(row, remove);
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.setAlignItems(FlexLayout.Alignment.BASELINE);
        line.getStyle().set("gap", "var(--lumo-space-s)");
        row.getElement().setProperty("cmRow", rows.size());
        body.add(line);
        return row;
    }

    R addBlank() {
        return add(blank.get());
    }

    private void remove(R row) {
        int at = rows.indexOf(row);
        rows.remove(at);
        body.remove(body.getComponentAt(at));
    }

    void clear() {
        rows.clear();
        body.removeAll();
    }

    <T> List<T> values(Function<R, T> read) {
        return rows.stream().map(read).filter(v -> v != null).toList();
    }

    List<R> rows() {
        return List.copyOf(rows);
    }
}
