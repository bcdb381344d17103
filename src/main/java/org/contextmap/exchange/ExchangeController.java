package org.contextmap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    ExchangeController(BundleImporter importer, BundleExporter exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    /**
     * Imports the zip in the request body. 200 with the report when imported (or, with
     * {@code dryRun=true}, when valid), 400 with every error when the bundle is refused.
     */
    @PostMapping(path = "/imports", consumes = {"application/zip", "application/x-zip-compressed",
            MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportReport> importZip(InputStream body, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        ImportReport report = importer.importZip(body, dryRun);
        return ResponseEntity.status(report.rejected() ? HttpStatus.BAD_REQUEST : HttpStatus.OK).body(report);
    }

    @GetMapping(path = "/export/csv", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> exportCsv() {
        Bundle bundle = exporter.read();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"contextmap-bundle-" + LocalDate.now() + ".zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(out -> CsvBundleWriter.writeZip(bundle, out));
    }
}
