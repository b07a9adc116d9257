package org.fieldsupport.organization;

import java.util.List;

/**
 * How a module tells the attribution catalogue which of its screens and APIs serve which of the bulletin's
 * attributions. Register a bean; the catalogue and the coverage page collect them all.
 */
public interface AttributionFeatureContributor {

    List<ServedAttribution> servedAttributions();

    /**
     * @param attributionId   the bulletin's id, e.g. {@code 7.5.b}
     * @param featureLabelKey message key of the feature's name
     * @param path            where the user (SCREEN) or a client (API) finds it, e.g. {@code /claims/verifications}
     * @param test            fully qualified name of the test class that exercises the feature (checked by the build:
     *                        the class must exist and {@code path} must map to a handler)
     */
    record ServedAttribution(String attributionId, String featureLabelKey, String path, Kind kind, String test) {
        public enum Kind { SCREEN, API }
    }
}
