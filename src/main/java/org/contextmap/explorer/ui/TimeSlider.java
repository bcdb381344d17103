package org.contextmap.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The day the network is drawn as known on: a native range input (keyboard arrows move a day,
 * Page Up and Down a month, as every browser does for a range), from two years ago to today, with
 * the day in words beside it. Moving it redraws the picture with only what was recorded by then.
 */
class TimeSlider extends Div {

    static final int DAYS = 730;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Input range = new Input(ValueChangeMode.ON_CHANGE);
    private final Span shown = new Span();

    TimeSlider(Consumer<LocalDate> moved) {
        addClassName("cm-time-slider");
        range.setType("range");
        range.setId("time-slider");
        range.getElement().setAttribute("min", "0").setAttribute("max", String.valueOf(DAYS))
                .setAttribute("step", "1").setAttribute("aria-describedby", "time-slider-day");
        shown.setId("time-slider-day");
        var label = new NativeLabel("Network as known on");
        label.setFor(range);
        range.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return; // put there by set(): nobody moved it
            }
            LocalDate day = dayOf(change.getValue());
            show(day);
            moved.accept(day.equals(LocalDate.now()) ? null : day);
        });
        add(label, range, shown);
        set(null);
    }

    /** Puts the slider on a day ({@code null}: today) without telling anyone. */
    void set(LocalDate day) {
        LocalDate on = day == null ? LocalDate.now() : day;
        long back = Math.max(0, Math.min(DAYS, LocalDate.now().toEpochDay() - on.toEpochDay()));
        range.setValue(String.valueOf(DAYS - back));
        show(on);
    }

    private void show(LocalDate day) {
        String words = day.format(DAY) + (day.equals(LocalDate.now()) ? " (today)" : "");
        shown.setText(words);
        range.getElement().setAttribute("aria-valuetext", words);
    }

    private static LocalDate dayOf(String value) {
        int position;
        try {
            position = Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            position = DAYS;
        }
        return LocalDate.now().minusDays(DAYS - Math.max(0, Math.min(DAYS, position)));
    }
}
