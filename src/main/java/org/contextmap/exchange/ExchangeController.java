package org.contextmap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.contextmap.base.ApiError;
import org.contextmap.person.RecordViews;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** {@code POST /api/imports} (a zipped bundle) and {@code GET /api/export/csv}. */
@RestController
@RequestMapping("/api")
class ExchangeController {

    private final BundleImporter importer;
    private final BundleExporter exporter;
    private final RecordViews views;

    ExchangeController(BundleImporter importer, BundleExporter exporter, RecordViews views) {
        this.importer = importer;
        this.exporter = exporter;
        this.views = views;
    }

    /**
     * Imports the zip in the request body. 200 with the report when imported (or, with
     * {@code dryRun=true}, when valid), 400 with every error when the bundle is refused, 500 when
     * the database failed while writing (everything written was undone), 409 while another
     * import is being written.
     */
    @PostMapping(path = "/imports", consumes = {"application/zip", "application/x-zip-compressed",
            MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportReport> importZip(InputStream body, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        ImportReport report = importer.importZip(body, dryRun);
        HttpStatus status = report.rejected() ? HttpStatus.BAD_REQUEST
                : report.failed() ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.OK;
        return ResponseEntity.status(status).body(report);
    }

    @ExceptionHandler(ImportInProgressException.class)
    ResponseEntity<ApiError> busy(ImportInProgressException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("Import in progress", e.getMessage()));
    }

    /** Every record as a bundle: a disclosure of everyone's records, so it is audited (and asks why) first. */
    @GetMapping(path = "/export/csv", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> exportCsv() {
        views.exported(null, "bundle export (csv)");
        Bundle bundle = exporter.read();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"contextmap-bundle-" + LocalDate.now() + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> CsvBundleWriter.writeZip(bundle, out));
    }
}
