package org.fieldsupport.geospatial.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fieldsupport.geospatial.internal.Geospatial;
import org.fieldsupport.geospatial.internal.GeospatialPermissions;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.organization.MissionMapLayerContributor;
import org.fieldsupport.platform.map.MapPoint;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Issue 12.9: the geospatial layers only this module holds — airfields and team sites — on the mission's map (the
 * features the reader may see). Its camp and facility features are not drawn again: camps are engineering's and
 * facilities medical's records, which draw them (docs/decisions/2026-12-06-weight-s5.md).
 */
@Component
@Order(30)
class GeospatialMapLayers implements MissionMapLayerContributor {

    static final Set<String> KINDS = Set.of("AIRFIELD", "TEAM_SITE");

    private final Geospatial geo;
    private final MissionAccess access;
    private final MessageSource messages;

    GeospatialMapLayers(Geospatial geo, MissionAccess access, MessageSource messages) {
        this.geo = geo;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public List<MapPoint> mapPoints(String missionCode, Locale locale) {
        if (missionCode == null || missionCode.isBlank() || !access.visibleOrNone(GeospatialPermissions.READ)) {
            return List.of();
        }
        String link = "/geospatial/maps?mission=" + missionCode.strip().toUpperCase(Locale.ROOT);
        return geo.features(missionCode).stream().filter(f -> KINDS.contains(f.kind()))
                .map(f -> new MapPoint(f.kind().toLowerCase(Locale.ROOT).replace('_', '-'),
                        messages.getMessage("geospatial.map.layer." + f.kind(), null, f.kind(), locale), f.name(),
                        f.latitude().doubleValue(), f.longitude().doubleValue(), link))
                .toList();
    }
}
