package org.contextmap.backup;

import java.io.UncheckedIOException;
import java.util.Map;
import org.contextmap.base.ApiError;
import org.contextmap.base.BadRequestException;
import org.contextmap.exchange.ImportInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/backups} (administrators; with {@code X-Purpose}, as every export of records):
 * takes a backup now, into the backup directory on the server, and answers with its file name,
 * size, counts and time. 409 while an import is being written; 500 with a sentence when the file
 * cannot be written (a full disk).
 */
@RestController
class BackupController {

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);

    private final BackupService backups;

    BackupController(BackupService backups) {
        this.backups = backups;
    }

    /**
     * Takes no options: a body, if any, is JSON and empty ({@code {}}), like the other POSTs that
     * start work, so that a body of another type is refused with 415 rather than ignored.
     */
    @PostMapping(path = "/api/backups", consumes = MediaType.APPLICATION_JSON_VALUE)
    BackupReport backUp(@RequestBody(required = false) Map<String, Object> options) {
        if (options != null && !options.isEmpty()) {
            throw new BadRequestException("POST /api/backups takes no options: send no body, or {}.");
        }
        return backups.backUpToDirectory();
    }

    @ExceptionHandler(ImportInProgressException.class)
    ResponseEntity<ApiError> busy(ImportInProgressException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("Import in progress", e.getMessage()));
    }

    @ExceptionHandler(UncheckedIOException.class)
    ResponseEntity<ApiError> unwritable(UncheckedIOException e) {
        log.error("A backup could not be written", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(new ApiError("Backup failed",
                "The backup file could not be written to the backup directory: " + e.getCause().getMessage()
                        + ". Nothing was kept of it; check the directory's free space and permissions."));
    }
}
