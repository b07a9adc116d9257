package org.fieldsupport.organization.mission.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.organization.MissionMapLayerContributor;
import org.fieldsupport.organization.MissionPanelContributor;
import org.fieldsupport.organization.MissionSummary;
import org.fieldsupport.organization.Missions;
import org.fieldsupport.platform.map.MapPoint;
import org.fieldsupport.platform.map.MapSvg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The map on a mission's page (issue 12.9): the headquarters from the mission's coordinates, and the points other
 * modules add through {@link MissionMapLayerContributor}, drawn on the shipped country outlines ({@link MapSvg}).
 */
@Component
class MissionMapPanel implements MissionPanelContributor, MissionMapLayerContributor {

    private static final Logger log = LoggerFactory.getLogger(MissionMapPanel.class);

    private final Missions missions;
    private final MapSvg maps;
    private final ObjectProvider<MissionMapLayerContributor> layers;
    private final MessageSource messages;

    MissionMapPanel(Missions missions, MapSvg maps, ObjectProvider<MissionMapLayerContributor> layers,
                    MessageSource messages) {
        this.missions = missions;
        this.maps = maps;
        this.layers = layers;
        this.messages = messages;
    }

    /** The headquarters: the organisation's own layer. */
    @Override
    public List<MapPoint> mapPoints(String missionCode, Locale locale) {
        return missions.find(missionCode)
                .filter(m -> m.hqLatitude() != null && m.hqLongitude() != null)
                .map(m -> List.of(new MapPoint("hq", messages.getMessage("screens.map.layer.hq", null, "Headquarters", locale),
                        m.hqLocation() == null ? m.code() : m.hqLocation(), m.hqLatitude().doubleValue(),
                        m.hqLongitude().doubleValue(), null)))
                .orElse(List.of());
    }

    @Override
    public List<MissionPanel> panels(String missionCode) {
        Locale locale = LocaleContextHolder.getLocale();
        // the headquarters first (Spring leaves a bean out of its own ObjectProvider's stream when others are there)
        List<MapPoint> points = new ArrayList<>(mapPoints(missionCode, locale));
        layers.orderedStream().filter(layer -> layer != this).forEach(layer -> {
            try {
                points.addAll(layer.mapPoints(missionCode, locale));
            } catch (RuntimeException e) {
                log.warn("map layer {} failed for {}: {}", layer.getClass().getName(), missionCode, e.toString());
            }
        });
        MissionSummary mission = missions.find(missionCode).orElse(null);
        if (mission == null || points.isEmpty()) return List.of();
        String title = messages.getMessage("screens.map.title.of", new Object[] {mission.name(locale)}, locale);
        String svg = maps.draw(title, points, locale);
        return List.of(new MissionPanel("map", "screens.map.title", "organization/mission-map", "panel",
                Map.of("svg", svg, "points", points), 0));
    }
}
