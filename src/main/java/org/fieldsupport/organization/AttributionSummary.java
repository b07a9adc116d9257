package org.fieldsupport.organization;

import java.util.List;
import java.util.Locale;

/** One of the bulletin's lettered attributions, the units holding it and the module that owns it. */
public record AttributionSummary(String id, String section, String ownerModule, String textFr, String summaryEn,
                                 String keywordsEn, String keywordsFr, List<String> holderUnits) {

    public String text(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? textFr : summaryEn;
    }
}
