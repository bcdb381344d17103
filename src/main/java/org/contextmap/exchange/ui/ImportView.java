package org.contextmap.exchange.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.contextmap.base.DiskFullException;
import org.contextmap.exchange.BundleImporter;
import org.contextmap.exchange.ImportInProgressException;
import org.contextmap.exchange.ImportLimits;
import org.contextmap.exchange.ImportProgress;
import org.contextmap.exchange.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Importing a partner's bundle by hand: upload the zip, see it checked (a dry run: nothing is
 * written) with every error by file, line and column and a CSV of them, then import it with a
 * progress bar while it writes, and a summary of what it changed. The check and the write run off
 * the request thread and report back through Vaadin push ({@code @Push} on the app shell), so the
 * page never looks frozen. A refused bundle leaves the data as it was: the importer writes all or
 * nothing.
 */
@Route("import")
@Menu(title = "Import a bundle", order = 9, icon = "vaadin:upload")
@RolesAllowed("ADMIN")
@PageTitle("Import a bundle · ContextMap")
public class ImportView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    private final BundleImporter importer;
    private final SecurityContext signedIn = SecurityContextHolder.getContext();
    private final Upload upload;
    private final Paragraph status = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Button write = new Button("Import this bundle");
    private final Div results = new Div();
    private UI ui;
    private File received;
    private String receivedName;

    public ImportView(BundleImporter importer, ImportLimits limits) {
        this.importer = importer;
        setMaxWidth("72em");
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> received(metadata.fileName(), file)));
        upload.setId("import-upload");
        upload.setUploadButton(new Button("Choose a bundle (.zip)…"));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxUploadSize().toBytes()));
        upload.addFileRejectedListener(rejected -> say(rejected.getErrorMessage() + " A bundle is one .zip file of at "
                + "most " + limits.maxUploadSize().toMegabytes() + " MB."));
        upload.getElement().setAttribute("aria-label", "Bundle zip file to check and import");
        status.setId("import-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        progress.setId("import-progress");
        progress.getElement().setAttribute("aria-label", "Import progress");
        progress.setVisible(false);
        write.setId("import-write");
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.setVisible(false);
        write.addClickListener(click -> write());
        results.setId("import-results");
        results.setWidthFull();
        add(new H2("Import a bundle"), new Paragraph("A bundle is a zip of the CSV files described in "
                + "docs/bundle-format.md. It is checked first and nothing is written until you choose to import it; "
                + "then all of it is written or, if anything fails, none of it. Rows merge by id, so importing the "
                + "same bundle again changes nothing."), upload, status, progress, write, results);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        ui = attachEvent.getUI();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        forget();
        super.onDetach(detachEvent);
    }

    /** An upload has arrived: check it at once. */
    private void received(String name, File file) {
        access(() -> {
            forget();
            received = file;
            receivedName = name;
            results.removeAll();
            write.setVisible(false);
            busy("Checking " + name + "… nothing is written while it is checked.", true);
            run(in -> importer.importZip(in, true), this::checked);
        });
    }

    private void checked(ImportReport report) {
        progress.setVisible(false);
        upload.setEnabled(true);
        // room for the next bundle at once (one file at a time): the name stays in the sentence above
        upload.clearFileList();
        switch (report.status()) {
            case VALID -> {
                say(receivedName + " passed the check. Import it when you are ready.");
                results.add(ImportResults.checked(report));
                write.setVisible(true);
                write.setEnabled(true);
            }
            case REJECTED -> {
                say(receivedName + " was refused: nothing was written.");
                results.add(ImportResults.errors(report, receivedName));
                forget();
            }
            default -> shown(report);
        }
    }

    private void write() {
        if (received == null) {
            say("Upload the bundle again: the uploaded file is no longer here.");
            return;
        }
        write.setEnabled(false);
        results.removeAll();
        busy("Writing " + receivedName + "…", false);
        progress.setValue(0);
        ImportProgress steps = step -> access(() -> {
            progress.setValue(step.fraction());
            say("Writing " + receivedName + ": " + step.file() + " written, " + ImportResults.number(step.rowsWritten())
                    + " of " + ImportResults.number(step.rowsTotal()) + " rows.");
        });
        run(in -> importer.importZip(in, false, steps), report -> {
            write.setVisible(false);
            shown(report);
            forget();
        });
    }

    private void shown(ImportReport report) {
        progress.setVisible(false);
        upload.setEnabled(true);
        switch (report.status()) {
            case IMPORTED -> {
                say(receivedName + " was imported.");
                results.add(ImportResults.imported(report));
            }
            case REJECTED -> {
                say(receivedName + " was refused: nothing was written.");
                results.add(ImportResults.errors(report, receivedName));
            }
            case FAILED -> {
                say("The import failed; everything it had written was undone.");
                results.add(ImportResults.failed(report));
            }
            case VALID -> results.add(ImportResults.checked(report));
        }
        upload.clearFileList();
    }

    /** Runs the importer on the uploaded file off the request thread, as the signed-in person, and shows its answer. */
    private void run(Function<InputStream, ImportReport> work, Consumer<ImportReport> then) {
        File file = received;
        Runnable task = () -> {
            try (InputStream in = new FileInputStream(file)) {
                ImportReport report = work.apply(in);
                access(() -> then.accept(report));
            } catch (ImportInProgressException busy) {
                access(() -> failed("Another import is being written. Try again when it has finished."));
            } catch (DiskFullException full) {
                access(() -> failed(full.getMessage()));
            } catch (IOException | RuntimeException e) {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                log.error("Import from the import page failed (reference {})", reference, e);
                access(() -> failed("The bundle could not be read or imported (reference " + reference + "). "
                        + "Nothing was changed. Tell the administrator the reference: the server log has the details."));
            }
        };
        Thread.ofVirtual().name("import-page").start(new DelegatingSecurityContextRunnable(task, signedIn));
    }

    private void failed(String sentence) {
        progress.setVisible(false);
        upload.setEnabled(true);
        write.setEnabled(received != null);
        say(sentence);
    }

    private void busy(String sentence, boolean indeterminate) {
        say(sentence);
        progress.setIndeterminate(indeterminate);
        progress.setVisible(true);
        upload.setEnabled(false);
    }

    private void say(String sentence) {
        status.setText(sentence);
    }

    /** Changes the page from any thread: pushed to the browser when the change is done. */
    private void access(Runnable change) {
        if (ui != null) {
            ui.access(change::run);
        }
    }

    private void forget() {
        if (received != null && !received.delete()) {
            received.deleteOnExit();
        }
        received = null;
    }
}
