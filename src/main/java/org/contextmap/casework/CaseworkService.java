package org.contextmap.casework;

import java.util.Collection;
import java.util.List;
import org.contextmap.database.WriteCounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The professional response: education events, referrals and multi-agency meetings. */
@Service
public class CaseworkService {

    private final CaseworkRepository repository;

    CaseworkService(CaseworkRepository repository) {
        this.repository = repository;
    }

    public WriteCounts upsertEducationEvents(List<EducationEvent> events) {
        return repository.upsertEducationEvents(events);
    }

    public WriteCounts upsertReferrals(List<Referral> referrals) {
        return repository.upsertReferrals(referrals);
    }

    public WriteCounts upsertMeetings(List<Meeting> meetings) {
        return repository.upsertMeetings(meetings);
    }

    @Transactional(readOnly = true)
    public List<EducationEvent> allEducationEvents() {
        return repository.allEducationEvents();
    }

    @Transactional(readOnly = true)
    public List<Referral> allReferrals() {
        return repository.allReferrals();
    }

    @Transactional(readOnly = true)
    public List<Meeting> allMeetings() {
        return repository.allMeetings();
    }

    /** A child's suspensions, exclusions, moves and absences, newest first. */
    @Transactional(readOnly = true)
    public List<SchoolEvent> educationEventsOf(String personId) {
        return repository.educationEventsOf(personId);
    }

    /** Referrals about a child, newest first. */
    @Transactional(readOnly = true)
    public List<Referral> referralsAbout(String personId) {
        return repository.referralsAbout(personId);
    }

    /** Meetings about a child, newest first. */
    @Transactional(readOnly = true)
    public List<Meeting> meetingsAbout(String personId) {
        return repository.meetingsAbout(personId);
    }

    /** Those of these education events that are recorded. */
    @Transactional(readOnly = true)
    public List<EducationEvent> educationEventsLike(Collection<EducationEvent> events) {
        return repository.educationEventsByKeys(events.stream().map(EducationEvent::key).toList());
    }

    @Transactional(readOnly = true)
    public List<Referral> referralsByIds(Collection<String> ids) {
        return repository.referralsByIds(ids);
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetingsByIds(Collection<String> ids) {
        return repository.meetingsByIds(ids);
    }
}
