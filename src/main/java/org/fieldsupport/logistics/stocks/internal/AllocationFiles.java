package org.fieldsupport.logistics.stocks.internal;

import java.util.Optional;
import org.fieldsupport.logistics.internal.LogisticsPermissions;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.lsd.MissionRecordFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shipping documents of an SDS allocation (air waybill or bill of lading, packing list, customs declaration,
 * inspection report) through the platform's attachment kit
 * ({@code /api/v1/records/logistics.sds-allocation/{id}/attachments}): logistics readers of the receiving mission
 * read; logistics officers of that mission (or of the base, department scope) add.
 */
@Component
class AllocationFiles extends MissionRecordFiles {

    private final JdbcClient jdbc;

    AllocationFiles(JdbcClient jdbc, MissionAccess access) {
        super(DeploymentStocks.ALLOCATION, access, LogisticsPermissions.READ, LogisticsPermissions.MANAGE);
        this.jdbc = jdbc;
    }

    @Override
    protected Optional<String> missionOf(long id) {
        return jdbc.sql("SELECT mission_code FROM log_sds_allocation WHERE id = ?").param(id).query(String.class)
                .optional();
    }
}
