package org.fieldsupport.organization;

/** A person who can hold positions; {@code username} links to a platform user when they have one. */
public record PersonSummary(long id, String indexNumber, String fullName, String email, String username) { }
