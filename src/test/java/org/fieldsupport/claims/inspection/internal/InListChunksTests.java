package org.fieldsupport.claims.inspection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The IN lists of the mission COE overview's reads: at most a thousand distinct values each, in the order given. */
class InListChunksTests {

    @Test
    void values_are_split_in_chunks_of_a_thousand_without_duplicates() {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 2500).boxed().toList());
        ids.addAll(List.of(1L, 2500L));
        List<List<Long>> chunks = InspectionStore.chunks(ids);
        assertThat(chunks).extracting(List::size).containsExactly(1000, 1000, 500);
        assertThat(chunks.get(0).get(0)).isEqualTo(1L);
        assertThat(chunks.get(2).get(499)).isEqualTo(2500L);
        assertThat(InspectionStore.chunks(List.of("MINUSCA", "UNMISS", "MINUSCA"))).containsExactly(
                List.of("MINUSCA", "UNMISS"));
    }

    @Test
    void no_values_make_no_chunk_so_no_statement() {
        assertThat(InspectionStore.chunks(List.of())).isEmpty();
    }
}
