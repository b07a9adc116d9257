package org.fieldsupport.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagingTests {

    private final Paging paging = new Paging(200);
    private final Map<String, String> columns = Map.of("name", "u.name", "code", "u.code");

    @Test
    void without_parameters_the_first_page_of_twenty_comes_unsorted() {
        PageQuery q = paging.read(null, null, null, columns);
        assertThat(q.page()).isZero();
        assertThat(q.size()).isEqualTo(20);
        assertThat(q.orderBy()).isNull();
        assertThat(q.orderByOr("u.id")).isEqualTo("u.id");
    }

    @Test
    void a_whitelisted_sort_becomes_its_column_never_the_raw_input() {
        PageQuery q = paging.read(2, 50, "name,desc", columns);
        assertThat(q.offset()).isEqualTo(100);
        assertThat(q.orderBy()).isEqualTo("u.name DESC");
        assertThat(q.sortParameter()).isEqualTo("name,desc");
    }

    @Test
    void a_page_size_above_the_maximum_is_refused_not_clamped() {
        assertThatThrownBy(() -> paging.read(0, 201, null, columns))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldErrors.FieldError::field).containsExactly("size"));
    }

    @Test
    void an_unknown_sort_field_or_direction_is_refused() {
        assertThatThrownBy(() -> paging.read(0, 10, "name; DROP TABLE x", columns))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> paging.read(0, 10, "name,sideways", columns))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> paging.read(-1, 10, null, columns))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_page_response_counts_its_pages() {
        PageQuery q = paging.read(1, 10, "code", columns);
        PageResponse<String> page = PageResponse.of(List.of("a", "b"), q, 21);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.sort()).isEqualTo("code,asc");
        assertThat(page.map(String::toUpperCase).content()).containsExactly("A", "B");
    }
}
