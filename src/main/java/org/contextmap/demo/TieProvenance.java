package org.contextmap.demo;

import java.util.SplittableRandom;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.person.RelationshipKind;

/**
 * Who records each kind of tie and how sure they are: siblings are confirmed by social care,
 * schools and health; friendships come from schools, the police, social care, families and the
 * young people themselves; co-offending from the police and youth justice; associates are mostly
 * police intelligence, and never confirmed.
 */
final class TieProvenance {

    private final Mix<Agency>[] sources;
    private final Mix<Confidence>[] confidences;

    @SuppressWarnings("unchecked")
    TieProvenance() {
        int friend = RelationshipKind.FRIEND.ordinal();
        int sibling = RelationshipKind.SIBLING.ordinal();
        int family = RelationshipKind.FAMILY.ordinal();
        int partner = RelationshipKind.PARTNER.ordinal();
        int coOffender = RelationshipKind.CO_OFFENDER.ordinal();
        int associate = RelationshipKind.ASSOCIATE.ordinal();
        sources = new Mix[RelationshipKind.values().length];
        confidences = new Mix[RelationshipKind.values().length];
        sources[friend] = Mix.of(Agency.EDUCATION, 25).and(Agency.POLICE, 18).and(Agency.SOCIAL_CARE, 14)
                .and(Agency.YOUNG_PERSON, 16).and(Agency.PARENT_CARER, 13).and(Agency.VOLUNTARY, 8)
                .and(Agency.YOUTH_JUSTICE, 5).and(Agency.HEALTH, 1);
        confidences[friend] = Mix.of(Confidence.CONFIRMED, 20).and(Confidence.PROBABLE, 40)
                .and(Confidence.POSSIBLE, 30).and(Confidence.UNVERIFIED, 10);
        sources[sibling] = Mix.of(Agency.SOCIAL_CARE, 40).and(Agency.EDUCATION, 30).and(Agency.HEALTH, 15)
                .and(Agency.PARENT_CARER, 15);
        confidences[sibling] = Mix.of(Confidence.CONFIRMED, 92).and(Confidence.PROBABLE, 8);
        sources[family] = Mix.of(Agency.PARENT_CARER, 40).and(Agency.SOCIAL_CARE, 30).and(Agency.YOUNG_PERSON, 20)
                .and(Agency.EDUCATION, 10);
        confidences[family] = Mix.of(Confidence.CONFIRMED, 50).and(Confidence.PROBABLE, 40)
                .and(Confidence.POSSIBLE, 10);
        sources[partner] = Mix.of(Agency.YOUNG_PERSON, 30).and(Agency.PARENT_CARER, 20).and(Agency.EDUCATION, 20)
                .and(Agency.SOCIAL_CARE, 15).and(Agency.POLICE, 15);
        confidences[partner] = Mix.of(Confidence.CONFIRMED, 30).and(Confidence.PROBABLE, 40)
                .and(Confidence.POSSIBLE, 25).and(Confidence.UNVERIFIED, 5);
        sources[coOffender] = Mix.of(Agency.POLICE, 75).and(Agency.YOUTH_JUSTICE, 25);
        confidences[coOffender] = Mix.of(Confidence.CONFIRMED, 50).and(Confidence.PROBABLE, 35)
                .and(Confidence.POSSIBLE, 15);
        sources[associate] = Mix.of(Agency.POLICE, 45).and(Agency.YOUTH_JUSTICE, 15).and(Agency.SOCIAL_CARE, 10)
                .and(Agency.EDUCATION, 10).and(Agency.VOLUNTARY, 10).and(Agency.YOUNG_PERSON, 5)
                .and(Agency.PARENT_CARER, 5);
        confidences[associate] = Mix.of(Confidence.PROBABLE, 25).and(Confidence.POSSIBLE, 45)
                .and(Confidence.UNVERIFIED, 30);
    }

    /** The agency that records a tie of the kind (a {@link RelationshipKind} ordinal). */
    Agency source(int kind, SplittableRandom random) {
        return sources[kind].pick(random);
    }

    /** How sure the record of a tie of the kind is. */
    Confidence confidence(int kind, SplittableRandom random) {
        return confidences[kind].pick(random);
    }
}
