package org.contextmap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.contextmap.exchange.Bundle;
import org.contextmap.group.GroupRelationKind;
import org.contextmap.person.RelationshipKind;
import org.contextmap.person.SocialCareStatus;
import org.contextmap.person.YoungPerson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The signals that the analytics and the practice alerts are demonstrated on are there to find. */
class DemoCitySignalsTest {

    private static final LocalDate END = LocalDate.of(2026, 3, 1);
    private static Bundle city;
    private static CitySignals signals;

    @BeforeAll
    static void generate() {
        city = DemoCityGenerator.generate(DemoCitySpec.of(2_000, END));
        signals = new CitySignals(city);
    }

    @Test
    void familiesGroupsAndConflicts() {
        assertThat(signals.relationshipsOfKind(RelationshipKind.SIBLING)).isGreaterThan(300);
        assertThat(signals.relationshipsOfKind(RelationshipKind.CO_OFFENDER)).isPositive();
        assertThat(signals.relationshipsOfKind(RelationshipKind.PARTNER)).isPositive();
        assertThat(signals.relationshipsOfKind(RelationshipKind.ASSOCIATE)).isPositive();
        assertThat(signals.groupRelationsOfKind(GroupRelationKind.CONFLICT)).isGreaterThanOrEqualTo(3);
        assertThat(signals.groupRelationsOfKind(GroupRelationKind.ALLIANCE)).isPositive();
        assertThat(signals.associatedShare()).isBetween(0.15, 0.25);
    }

    @Test
    void retaliationFollowsSeriousIncidentsBetweenGroupsInConflict() {
        assertThat(signals.retaliationPairs()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void someYoungPeopleAreVictimsAgainWithinTenMonths() {
        assertThat(signals.repeatVictimsWithinTenMonths()).isGreaterThanOrEqualTo(10);
        assertThat(signals.cumulativeHarm()).isPositive();
    }

    @Test
    void mostButNotAllSeriousVictimisationsHaveATimelyStrategyDiscussion() {
        long[] onTimeAndMissing = signals.strategyDiscussions();

        assertThat(onTimeAndMissing[0]).isGreaterThan(onTimeAndMissing[1]);
        assertThat(onTimeAndMissing[1]).isPositive();
    }

    @Test
    void referralsShowThePatternsOfThePracticeReviews() {
        assertThat(signals.referralsNotJoinedUp()).isPositive();
        assertThat(signals.repeatReferralsWithoutAction()).isPositive();
        assertThat(city.referrals()).anyMatch(r -> r.outcome() == null);
        assertThat(city.referrals()).anyMatch(r -> r.outcome() != null && r.referrerNotifiedOn() == null);
    }

    @Test
    void siblingsShareWarningSigns() {
        assertThat(signals.siblingExclusions()).isPositive();
        assertThat(city.familyHistory()).isNotEmpty();
    }

    @Test
    void mostButNotAllOpenCasesHaveALeadProfessional() {
        long open = city.youngPeople().stream().filter(p -> p.socialCareStatus() != SocialCareStatus.NONE).count();

        assertThat(signals.openCasesWithoutLeadProfessional()).isPositive().isLessThan(open / 4);
    }

    @Test
    void careStatusFlagsAndNeedsHaveRealisticShares() {
        long n = city.youngPeople().size();
        long inCare = city.youngPeople().stream().filter(YoungPerson::inCare).count();
        long send = city.youngPeople().stream().filter(YoungPerson::send).count();
        long flagged = city.youngPeople().stream().filter(p -> !p.flags().isEmpty()).count();

        assertThat((double) inCare / n).isBetween(0.02, 0.04);
        assertThat((double) send / n).isBetween(0.10, 0.20);
        assertThat((double) flagged / n).isBetween(0.01, 0.15);
    }

    @Test
    void peerOnPeerAbuseAppears() {
        assertThat(signals.peerOnPeerAbuse()).isPositive();
    }

    @Test
    void harmConcentratesInHotspotsThatRiseAndFade() {
        assertThat(signals.hotspotConcentration()).isGreaterThan(2);
        assertThat(signals.trendingLocations(1.5)).isPositive();
        assertThat(signals.trendingLocations(0.67)).isPositive();
    }

    @Test
    void theNetworkIsLocalAndClustered() {
        assertThat(signals.friendsInSameArea()).isGreaterThan(0.6);
        assertThat(signals.averageClustering()).isGreaterThan(0.05);
    }
}
