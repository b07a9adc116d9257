package org.fieldsupport.organization;

import java.util.List;
import java.util.Optional;

/** The attribution catalogue. */
public interface Attributions {

    Optional<AttributionSummary> find(String id);

    List<AttributionSummary> all();

    /** Free-text search in both languages, accent- and case-insensitive, best matches first. */
    List<AttributionSummary> search(String text);
}
