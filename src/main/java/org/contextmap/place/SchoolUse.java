package org.contextmap.place;

import java.util.Set;

/** Who attends a school, and how many education events (exclusions, absences…) are recorded there. */
public record SchoolUse(Set<String> pupils, long educationEvents) {
}
