package org.contextmap.meeting;

import java.time.LocalDate;
import java.util.List;
import org.contextmap.meeting.pack.MeetingPack;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Violence-reduction meetings and the packs over HTTP: {@code /api/meetings} (create, list, one,
 * its agenda, record what it decided), {@code GET /api/reports/meeting-pack?from&to&area} (the
 * meeting pack as a PDF) and {@code GET /api/people/{id}/pack} (one child's pack as a PDF).
 * {@code names=true} names children where the reader's role allows; otherwise initials and ids.
 */
@RestController
class MeetingController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final Meetings meetings;
    private final ChildPacks packs;

    MeetingController(Meetings meetings, ChildPacks packs) {
        this.meetings = meetings;
        this.packs = packs;
    }

    @PostMapping(path = "/api/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReductionMeeting> create(@RequestBody(required = false) ReductionMeeting.Request request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(meetings.create(request));
    }

    @GetMapping("/api/meetings")
    List<ReductionMeeting> all() {
        return meetings.all();
    }

    @GetMapping("/api/meetings/{id}")
    ReductionMeeting one(@PathVariable String id) {
        return meetings.find(id);
    }

    @GetMapping("/api/meetings/{id}/agenda")
    Agenda agenda(@PathVariable String id, @RequestParam(defaultValue = "false") boolean names) {
        return meetings.agenda(id, names);
    }

    @PutMapping(path = "/api/meetings/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReductionMeeting record(@PathVariable String id, @RequestBody(required = false) ReductionMeeting.Outcome outcome) {
        return meetings.record(id, outcome);
    }

    @GetMapping("/api/reports/meeting-pack")
    ResponseEntity<byte[]> meetingPack(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String area, @RequestParam(defaultValue = "false") boolean names) {
        Agenda agenda = meetings.pack(area, from, to, names);
        return pdf(MeetingPack.pdf(agenda, org.contextmap.base.Viewer.current().user(), names),
                "meeting-pack-" + agenda.to() + ".pdf");
    }

    @GetMapping("/api/people/{id}/pack")
    ResponseEntity<byte[]> childPack(@PathVariable String id, @RequestParam(defaultValue = "false") boolean names) {
        return pdf(packs.pdf(id, names), "pack-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
        return ResponseEntity.ok().contentType(PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").body(body);
    }
}
