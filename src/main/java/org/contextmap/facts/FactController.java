package org.contextmap.facts;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/people/{id}/facts}: record a tie, an association or a concern (README "Record what you know"). */
@RestController
class FactController {

    private final FactRecorder recorder;

    FactController(FactRecorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/people/{id}/facts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FactRecorder.Recorded> record(@PathVariable String id, @RequestBody(required = false) FactRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(recorder.record(id, request));
    }
}
