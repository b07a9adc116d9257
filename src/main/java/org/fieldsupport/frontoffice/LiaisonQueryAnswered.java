package org.fieldsupport.frontoffice;

import java.time.LocalDate;

/**
 * Published (in the answering transaction) when the front office answers a liaison query that came from another
 * module ({@code origin} not null, e.g. {@code claims.portal}): the asking module tells whoever asked.
 */
public record LiaisonQueryAnswered(String reference, String origin, String memberState, String askedBy,
                                   LocalDate answeredOn) { }
