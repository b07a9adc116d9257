package org.fieldsupport.platform.web;

/**
 * Issue 12.4, "show only what the role can use", for links inside a page: whether a link to {@code path} would be
 * offered to the signed-in user, by the same rules as the menu (each {@link NavigationContributor}'s permission, scope
 * and {@link NavigationContributor#offers}). A template shows the link only when it is, else plain text:
 * {@code th:if="${@offeredLinks.opens(path)}"}. A path no contributor puts in the menu (a record's page) is not known
 * here and is answered {@code true}: its page decides, and the module that links to it asks its own access rule.
 */
public interface OfferedLinks {

    /** Whether the signed-in user is offered {@code path} (query string ignored); {@code true} when nobody is signed in. */
    boolean opens(String path);
}
