package org.contextmap.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.contextmap.base.DataLoading;

/**
 * What a screen shows while data still loads in the background (the demo city on a first start)
 * instead of an empty or partial picture: "Loading the demo city of Ashbury… (42 %)" with a
 * progress bar. While it is on a page, the page asks the server every second (UI polling); once
 * the data is there the banner removes itself, stops the polling and calls the screen back to
 * show its content. If the load fails, it stays and says what happened and what to do.
 */
public class LoadingBanner extends Div {

    /** How often an open page asks again, in milliseconds. */
    public static final int POLL_MILLIS = 1000;

    private final DataLoading loading;
    private final Runnable whenDone;
    private final String whenDoneHint;
    private final Span title = new Span();
    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Paragraph step = new Paragraph();
    private final Paragraph hint = new Paragraph();
    private Registration polling;
    private boolean done;

    /**
     * @param loading      what is loading
     * @param whenDoneHint what the page does when the data is there ("The list appears here by itself.")
     * @param whenDone     called once, on the UI thread, when the data is there or the load has failed (not
     *                     when it had already failed when the banner was made)
     */
    public LoadingBanner(DataLoading loading, String whenDoneHint, Runnable whenDone) {
        this.loading = loading;
        this.whenDoneHint = whenDoneHint;
        this.whenDone = whenDone;
        setId("loading-banner");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5,
                LumoUtility.Width.FULL, LumoUtility.BoxSizing.BORDER);
        setMaxWidth("48em");
        title.setId("loading-title");
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        bar.setId("loading-progress");
        bar.getElement().setAttribute("aria-labelledby", "loading-title");
        bar.addThemeVariants(ProgressBarVariant.LUMO_CONTRAST);
        step.setId("loading-step");
        step.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        add(title, bar, step, hint);
        DataLoading.Progress progress = loading.progress();
        show(progress);
        // a load that has already failed is only reported: the screen shows its content as it is
        done = !progress.loading();
    }

    /**
     * True while the banner waits for the data (and will call back); false when it only reports a load that had
     * already failed when it was made.
     */
    public boolean waiting() {
        return !done;
    }

    /** True when a screen should show a banner rather than its content (loading) or above it (failed). */
    public static boolean needed(DataLoading loading) {
        DataLoading.Progress progress = loading.progress();
        return progress.loading() || progress.failed();
    }

    /** Asks again how far the load is; called every {@value #POLL_MILLIS} ms while the banner is on a page. */
    public void refresh() {
        DataLoading.Progress progress = loading.progress();
        show(progress);
        if (!progress.loading() && !done) {
            done = true;
            stopPolling();
            if (!progress.failed()) {
                removeFromParent();
            }
            whenDone.run();
        }
    }

    private void show(DataLoading.Progress progress) {
        if (progress.failed()) {
            title.setText("Could not load " + progress.what());
            bar.setVisible(false);
            step.setText(progress.step());
            hint.setText("");
            removeClassName(LumoUtility.Background.CONTRAST_5);
            addClassNames(LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR);
            return;
        }
        boolean started = progress.state() != DataLoading.State.NOT_STARTED;
        title.setText("Loading " + progress.what() + "…" + (started ? " (" + progress.percent() + " %)" : ""));
        bar.setIndeterminate(!started);
        bar.setValue(progress.percent());
        step.setText(progress.step());
        hint.setText(whenDoneHint);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (done) {
            return;
        }
        UI ui = attachEvent.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(event -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        super.onDetach(detachEvent);
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
