package org.fieldsupport.medical.web;

import java.util.List;
import java.util.Locale;
import org.fieldsupport.medical.internal.MedicalSupport;
import org.fieldsupport.organization.MissionMapLayerContributor;
import org.fieldsupport.platform.map.MapPoint;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Issue 12.9: the mission's medical facilities on its map (those with a position, which the reader may see). */
@Component
@Order(20)
class FacilityMapLayer implements MissionMapLayerContributor {

    private final MedicalSupport medical;
    private final MessageSource messages;

    FacilityMapLayer(MedicalSupport medical, MessageSource messages) {
        this.medical = medical;
        this.messages = messages;
    }

    @Override
    public List<MapPoint> mapPoints(String missionCode, Locale locale) {
        String layer = messages.getMessage("medical.map.layer", null, "Medical facilities", locale);
        return medical.positions(missionCode).stream().map(f -> new MapPoint("facility", layer, f.name(), f.latitude(),
                f.longitude(), "/medical/facilities")).toList();
    }
}
