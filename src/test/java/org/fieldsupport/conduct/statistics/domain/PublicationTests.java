package org.fieldsupport.conduct.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CONDUCT-2026-v1 publication: cells of 1 and 2 suppressed, 0 and 3+ shown. */
class PublicationTests {

    @Test
    void one_and_two_are_suppressed_zero_and_three_are_shown() {
        assertThat(Publication.cell("a", 0)).isEqualTo(new Publication.Cell("a", 0L, false));
        assertThat(Publication.cell("a", 1)).isEqualTo(new Publication.Cell("a", null, true));
        assertThat(Publication.cell("a", 2)).isEqualTo(new Publication.Cell("a", null, true));
        assertThat(Publication.cell("a", 3)).isEqualTo(new Publication.Cell("a", 3L, false));
    }

    @Test
    void keys_without_counts_read_zero_in_the_given_order() {
        assertThat(Publication.cells(List.of("MINUSCA", "UNIFIL", "UNMISS"), Map.of("UNMISS", 2L, "MINUSCA", 9L)))
                .containsExactly(new Publication.Cell("MINUSCA", 9L, false), new Publication.Cell("UNIFIL", 0L, false),
                        new Publication.Cell("UNMISS", null, true));
    }

    @Test
    void a_shown_count_is_never_one_or_two() {
        qt().withExamples(1000).forAll(longs().between(0, 1_000_000)).checkAssert(count -> {
            Publication.Cell cell = Publication.cell("k", count);
            assertThat(cell.suppressed() == (cell.count() == null)).isTrue();
            if (!cell.suppressed()) {
                assertThat(cell.count()).isEqualTo(count).isNotIn(1L, 2L);
            }
        });
    }
}
