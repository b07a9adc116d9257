package org.fieldsupport.oversight.recommendations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The ageing rule of oversight recommendations, and the follow-up cycle. */
class AgeingTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 5);

    @Test
    void past_due_only_when_the_target_date_is_before_the_as_of_date_and_the_recommendation_is_active() {
        assertThat(Ageing.pastDue(AS_OF.minusDays(1), RecommendationStatus.OPEN, AS_OF)).isTrue();
        assertThat(Ageing.pastDue(AS_OF.minusDays(1), RecommendationStatus.IN_PROGRESS, AS_OF)).isTrue();
        assertThat(Ageing.pastDue(AS_OF, RecommendationStatus.OPEN, AS_OF)).isFalse();
        for (RecommendationStatus s : new RecommendationStatus[] {RecommendationStatus.IMPLEMENTED,
                RecommendationStatus.CLOSED, RecommendationStatus.NOT_IMPLEMENTED, RecommendationStatus.OVERTAKEN_BY_EVENTS}) {
            assertThat(Ageing.pastDue(AS_OF.minusDays(400), s, AS_OF)).isFalse();
        }
    }

    @Test
    void buckets_at_their_boundaries() {
        assertThat(Ageing.bucket(AS_OF.minusDays(1), RecommendationStatus.OPEN, AS_OF)).contains(Ageing.Bucket.DAYS_1_90);
        assertThat(Ageing.bucket(AS_OF.minusDays(90), RecommendationStatus.OPEN, AS_OF)).contains(Ageing.Bucket.DAYS_1_90);
        assertThat(Ageing.bucket(AS_OF.minusDays(91), RecommendationStatus.OPEN, AS_OF)).contains(Ageing.Bucket.DAYS_91_180);
        assertThat(Ageing.bucket(AS_OF.minusDays(180), RecommendationStatus.OPEN, AS_OF)).contains(Ageing.Bucket.DAYS_91_180);
        assertThat(Ageing.bucket(AS_OF.minusDays(181), RecommendationStatus.OPEN, AS_OF)).contains(Ageing.Bucket.DAYS_181_365);
        assertThat(Ageing.bucket(AS_OF.minusDays(365), RecommendationStatus.OPEN, AS_OF)).contains(Ageing.Bucket.DAYS_181_365);
        assertThat(Ageing.bucket(AS_OF.minusDays(366), RecommendationStatus.OPEN, AS_OF)).contains(Ageing.Bucket.OVER_365);
        assertThat(Ageing.bucket(AS_OF, RecommendationStatus.OPEN, AS_OF)).isEmpty();
        assertThat(Ageing.bucket(null, RecommendationStatus.OPEN, AS_OF)).isEmpty();
    }

    @Test
    void management_proposes_and_the_auditor_closes() {
        assertThat(FollowUp.next(RecommendationStatus.OPEN, FollowUp.Action.START)).contains(RecommendationStatus.IN_PROGRESS);
        assertThat(FollowUp.next(RecommendationStatus.IN_PROGRESS, FollowUp.Action.PROPOSE_IMPLEMENTED))
                .contains(RecommendationStatus.IMPLEMENTED);
        assertThat(FollowUp.next(RecommendationStatus.IN_PROGRESS, FollowUp.Action.CLOSE)).isEmpty();
        assertThat(FollowUp.next(RecommendationStatus.IMPLEMENTED, FollowUp.Action.CLOSE)).contains(RecommendationStatus.CLOSED);
        assertThat(FollowUp.next(RecommendationStatus.IMPLEMENTED, FollowUp.Action.RETURN)).contains(RecommendationStatus.IN_PROGRESS);
        assertThat(FollowUp.next(RecommendationStatus.CLOSED, FollowUp.Action.OVERTAKEN)).isEmpty();
        assertThat(FollowUp.auditorsAction(FollowUp.Action.CLOSE)).isTrue();
        assertThat(FollowUp.auditorsAction(FollowUp.Action.PROPOSE_IMPLEMENTED)).isFalse();
        assertThat(FollowUp.nextFollowUp(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 12, 30));
    }
}
