package org.fieldsupport.organization;

import java.util.List;
import java.util.Locale;
import org.fieldsupport.platform.map.MapPoint;

/**
 * How another module adds points to a mission's map (issue 12.9) — camps, airfields, facilities — without the
 * organisation module depending on it: register a bean. The mission page draws the headquarters and every
 * contributor's points on the country outlines shipped with the application. A contributor returns only what the
 * signed-in user may see, and nothing for a mission it does not know; one that fails is left out (logged).
 */
public interface MissionMapLayerContributor {

    List<MapPoint> mapPoints(String missionCode, Locale locale);
}
