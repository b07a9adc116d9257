/**
 * Search across modules: {@link org.fieldsupport.platform.search.SearchIndex} (put an entry with who may find it),
 * {@link org.fieldsupport.platform.search.SearchContributor} (re-index at start-up); the shell's search box,
 * {@code /search?q=} and {@code GET /api/v1/search?q=} (paged).
 * <pre>{@code
 * index.put(new SearchEntry("claims.dnd-claim", id, c.reference(), c.memberName(), c.memberState() + " " + c.missionCode(),
 *         "/claims/dnd/" + id, List.of(SearchEntry.access("claims.dnd.manage", Scope.mission(c.missionCode())),
 *                 SearchEntry.access("claims.portal.read", Scope.memberState(c.memberState())))));
 * }</pre>
 */
@org.springframework.modulith.NamedInterface("search")
package org.fieldsupport.platform.search;
