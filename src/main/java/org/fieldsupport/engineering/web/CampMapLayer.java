package org.fieldsupport.engineering.web;

import java.util.List;
import java.util.Locale;
import org.fieldsupport.engineering.internal.Camps;
import org.fieldsupport.organization.MissionMapLayerContributor;
import org.fieldsupport.platform.map.MapPoint;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Issue 12.9: the mission's camps on its map (those with a position, which the reader may see), each a link to it. */
@Component
@Order(10)
class CampMapLayer implements MissionMapLayerContributor {

    private final Camps camps;
    private final MessageSource messages;

    CampMapLayer(Camps camps, MessageSource messages) {
        this.camps = camps;
        this.messages = messages;
    }

    @Override
    public List<MapPoint> mapPoints(String missionCode, Locale locale) {
        String layer = messages.getMessage("engineering.map.layer", null, "Camps", locale);
        return camps.positions(missionCode).stream().map(c -> new MapPoint("camp", layer, c.name(), c.latitude(),
                c.longitude(), "/engineering/camps/" + c.id())).toList();
    }
}
