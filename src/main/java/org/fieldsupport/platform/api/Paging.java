package org.fieldsupport.platform.api;

import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads page/size/sort request parameters safely. A size above {@code fsp.api.max-page-size} (default
 * 200) or below 1, a negative page, or a sort on a field not in the whitelist is refused with 400 (an
 * {@link InvalidInputException} naming the parameter), rather than silently clamped, so a client
 * never believes it received everything when it did not.
 * <pre>
 * PageQuery q = paging.read(page, size, sort, Map.of("name", "u.name", "code", "u.code"));
 * </pre>
 * Sort syntax: {@code field}, {@code field,asc} or {@code field,desc}.
 */
@Component
public class Paging {

    public static final int DEFAULT_SIZE = 20;

    private final int maxPageSize;

    public Paging(@Value("${fsp.api.max-page-size:200}") int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    public int maxPageSize() { return maxPageSize; }

    /**
     * @param sortColumns whitelist: API field name → SQL column (or expression) to order by
     */
    public PageQuery read(Integer page, Integer size, String sort, Map<String, String> sortColumns) {
        FieldErrors errors = new FieldErrors();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            errors.add("page", "Min", "problem.field.page.min");
        }
        if (s < 1 || s > maxPageSize) {
            errors.add("size", "Range", "problem.field.size.range", 1, maxPageSize);
        }
        String field = null;
        String column = null;
        boolean ascending = true;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", 2);
            field = parts[0].trim();
            column = sortColumns.get(field);
            if (column == null) {
                errors.add("sort", "Whitelist", "problem.field.sort.unknown", field,
                        String.join(", ", sortColumns.keySet().stream().sorted().toList()));
            }
            if (parts.length == 2) {
                String direction = parts[1].trim().toLowerCase(Locale.ROOT);
                if (direction.equals("desc")) {
                    ascending = false;
                } else if (!direction.equals("asc")) {
                    errors.add("sort", "Direction", "problem.field.sort.direction", parts[1].trim());
                }
            }
        }
        errors.throwIfAny();
        return new PageQuery(p, s, field, column, ascending);
    }
}
