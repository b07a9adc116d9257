package org.fieldsupport.movements.shipment.internal;

import java.util.Optional;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.lsd.MissionRecordFiles;
import org.fieldsupport.movements.internal.MovementsPermissions;
import org.springframework.stereotype.Component;

/**
 * The documents of a shipment (customs declaration, exemption certificate, packing list, the bill of lading or air
 * waybill itself) through the platform's attachment kit ({@code /api/v1/records/movements.shipment/{id}/attachments}
 * and the panel {@code /records/movements.shipment/{id}/files}): movement readers of the mission read; its movement
 * control officers add.
 */
@Component
class ShipmentFiles extends MissionRecordFiles {

    private final Shipments shipments;

    ShipmentFiles(Shipments shipments, MissionAccess access) {
        super(Shipments.ENTITY, access, MovementsPermissions.READ, MovementsPermissions.MANAGE);
        this.shipments = shipments;
    }

    @Override
    protected Optional<String> missionOf(long id) {
        return shipments.missionOf(id);
    }
}
