package org.fieldsupport.platform.search.web;

import java.util.Map;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.fieldsupport.platform.search.SearchIndex;
import org.fieldsupport.platform.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/search?q=} (paged): what the caller may open, matching every word. */
@RestController
class SearchApiController {

    private final SearchIndex index;
    private final Paging paging;

    SearchApiController(SearchIndex index, Paging paging) {
        this.index = index;
        this.paging = paging;
    }

    @GetMapping("/api/v1/search")
    PageResponse<SearchIndex.Hit> search(@RequestParam(required = false) String q,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        String user = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("sign-in required"));
        return index.search(user, q, paging.read(page, size, null, Map.of()));
    }
}
