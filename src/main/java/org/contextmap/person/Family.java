package org.contextmap.person;

import java.util.List;

/**
 * A child's family as their record shows it: brothers and sisters, and the family's history,
 * which is the same on every child's record because it is held once, on the family.
 */
public record Family(String id, List<Member> members, List<FamilyHistory> history) {

    public record Member(String personId, String name) {
    }
}
