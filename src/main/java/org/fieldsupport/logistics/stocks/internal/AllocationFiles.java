package org.fieldsupport.logistics.stocks.internal;

import java.util.Optional;
import org.fieldsupport.logistics.internal.LogisticsPermissions;
import org.fieldsupport.lsd.MissionAccess;
import org.fieldsupport.platform.attachment.AttachableRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shipping documents of an SDS allocation (air waybill or bill of lading, packing list, customs declaration,
 * inspection report) through the platform's attachment kit
 * ({@code /api/v1/records/logistics.sds-allocation/{id}/attachments}): logistics readers of the receiving mission
 * read; logistics officers of that mission (or of the base, department scope) add.
 */
@Component
class AllocationFiles implements AttachableRecords {

    private final JdbcClient jdbc;
    private final MissionAccess access;

    AllocationFiles(JdbcClient jdbc, MissionAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    public String recordType() { return DeploymentStocks.ALLOCATION; }

    @Override
    public boolean mayRead(String recordId) {
        return mission(recordId).map(m -> access.may(LogisticsPermissions.READ, m)).orElse(false);
    }

    @Override
    public boolean mayWrite(String recordId) {
        return mission(recordId).map(m -> access.may(LogisticsPermissions.MANAGE, m)).orElse(false);
    }

    private Optional<String> mission(String recordId) {
        try {
            return jdbc.sql("SELECT mission_code FROM log_sds_allocation WHERE id = ?").param(Long.parseLong(recordId))
                    .query(String.class).optional();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
