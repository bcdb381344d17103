package org.contextmap.casework;

/** An education event with the name of the school, for a child's chronology. */
public record SchoolEvent(EducationEvent event, String schoolName) {
}
