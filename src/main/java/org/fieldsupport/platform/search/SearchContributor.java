package org.fieldsupport.platform.search;

/** A module's records for the search index, all of them (called once the application is ready). */
public interface SearchContributor {

    void contribute(SearchIndex index);
}
