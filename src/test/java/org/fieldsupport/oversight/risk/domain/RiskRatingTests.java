package org.fieldsupport.oversight.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RiskRatingTests {

    @Test
    void likelihood_times_impact_gives_the_level() {
        assertThat(RiskRating.level(1, 4)).isEqualTo(RiskRating.Level.LOW);
        assertThat(RiskRating.level(1, 5)).isEqualTo(RiskRating.Level.MEDIUM);
        assertThat(RiskRating.level(3, 3)).isEqualTo(RiskRating.Level.MEDIUM);
        assertThat(RiskRating.level(2, 5)).isEqualTo(RiskRating.Level.HIGH);
        assertThat(RiskRating.level(4, 4)).isEqualTo(RiskRating.Level.HIGH);
        assertThat(RiskRating.level(4, 5)).isEqualTo(RiskRating.Level.VERY_HIGH);
        assertThatThrownBy(() -> RiskRating.score(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskRating.score(3, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_heat_map_counts_risks_per_cell() {
        int[][] grid = RiskRating.heatMap(List.of(new int[] {5, 5}, new int[] {5, 5}, new int[] {1, 3}));
        assertThat(grid[4][4]).isEqualTo(2);
        assertThat(grid[0][2]).isEqualTo(1);
        assertThat(grid[2][2]).isZero();
    }
}
