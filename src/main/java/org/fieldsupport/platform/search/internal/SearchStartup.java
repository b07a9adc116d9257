package org.fieldsupport.platform.search.internal;

import java.util.List;
import org.fieldsupport.platform.search.SearchContributor;
import org.fieldsupport.platform.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Once the application is ready (demo data loaded), every module re-puts its records into the index. */
@Component
class SearchStartup {

    private static final Logger log = LoggerFactory.getLogger(SearchStartup.class);

    private final List<SearchContributor> contributors;
    private final SearchIndex index;

    SearchStartup(List<SearchContributor> contributors, SearchIndex index) {
        this.contributors = contributors;
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reindex() {
        for (SearchContributor c : contributors) {
            try {
                c.contribute(index);
            } catch (RuntimeException e) {
                log.warn("Search contributor {} failed: {}", c.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
