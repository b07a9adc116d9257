package org.fieldsupport.platform.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list answered by the API. {@code page} is zero-based; {@code sort} echoes the applied
 * order ({@code "name,asc"}), or {@code null} when the list has its natural order.
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages,
                              String sort) {

    public PageResponse {
        content = List.copyOf(content);
    }

    public static <T> PageResponse<T> of(List<T> content, PageQuery query, long totalElements) {
        int totalPages = query.size() == 0 ? 0 : (int) ((totalElements + query.size() - 1) / query.size());
        return new PageResponse<>(content, query.page(), query.size(), totalElements, totalPages,
                query.sortParameter());
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(content.stream().<R>map(mapper).toList(), page, size, totalElements, totalPages,
                sort);
    }
}
