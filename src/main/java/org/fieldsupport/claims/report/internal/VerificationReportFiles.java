package org.fieldsupport.claims.report.internal;

import java.util.Optional;
import org.fieldsupport.claims.report.domain.VerificationReport;
import org.fieldsupport.claims.shared.internal.ClaimsAccess;
import org.fieldsupport.claims.shared.internal.ClaimsPermissions;
import org.fieldsupport.platform.attachment.AttachableRecords;
import org.fieldsupport.platform.security.Scope;
import org.springframework.stereotype.Component;

/**
 * Comments (and attachments) on verification reports through the platform kit: the claims staff of the report's
 * mission (mission COE unit, HQ reviewers, certifiers, treasury) read and add them; they are internal to the
 * Secretariat, so Member State users do not see them (their portal shows the report itself).
 */
@Component
class VerificationReportFiles implements AttachableRecords {

    private static final String[] STAFF = {ClaimsPermissions.VERIFICATION_SUBMIT, ClaimsPermissions.REVIEW_TECHNICAL,
            ClaimsPermissions.CERTIFY, ClaimsPermissions.PAYMENTS_RECORD};

    private final ReportStore reports;
    private final ClaimsAccess access;

    VerificationReportFiles(ReportStore reports, ClaimsAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @Override
    public String recordType() {
        return ClaimsService.REPORT_RECORD;
    }

    @Override
    public boolean mayRead(String recordId) {
        return mayWrite(recordId);
    }

    @Override
    public boolean mayWrite(String recordId) {
        return report(recordId).map(r -> {
            for (String permission : STAFF) {
                if (access.may(permission, Scope.mission(r.missionCode()))) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    private Optional<VerificationReport> report(String recordId) {
        try {
            return reports.find(Long.parseLong(recordId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
