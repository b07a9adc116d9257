package org.fieldsupport.organization.policy.web;

import org.fieldsupport.platform.api.IfMatch;
import org.fieldsupport.platform.api.RecordVersions;
import org.fieldsupport.platform.api.VersionedRow;
import org.springframework.http.ResponseEntity;
import java.util.List;
import org.fieldsupport.organization.delegation.internal.DelegationAccess;
import org.fieldsupport.organization.policy.internal.PolicyTexts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delegation register's policy texts over JSON (2.1.b): versions, drafts, consultation, issue. Reading needs
 * {@code organization.delegations.read}; writing {@code organization.delegations.manage}.
 */
@RestController
@RequestMapping("/api/v1/organization/policies")
class DelegationPolicyApi {

    private final PolicyTexts texts;
    private final DelegationAccess access;

    private final RecordVersions versions;
    static final VersionedRow.Kind TEXT = VersionedRow.standard("org_policy_text", "code = ? AND version_no = ?");

    DelegationPolicyApi(PolicyTexts texts, DelegationAccess access, RecordVersions versions) {
        this.versions = versions;
        this.texts = texts;
        this.access = access;
    }

    @GetMapping
    List<PolicyTexts.PolicyText> latest() {
        read();
        return texts.latest();
    }

    @GetMapping("/{code}")
    List<PolicyTexts.PolicyText> versions(@PathVariable String code) {
        read();
        return texts.versions(code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PolicyTexts.PolicyText create(@RequestBody PolicyTexts.TextForm form) {
        manage();
        return texts.create(form);
    }

    @PostMapping("/{code}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    PolicyTexts.PolicyText newVersion(@PathVariable String code) {
        manage();
        return texts.newVersion(code);
    }

    @PutMapping("/{code}/versions/{versionNo}")
    ResponseEntity<PolicyTexts.PolicyText> edit(@PathVariable String code, @PathVariable int versionNo,
                                                @IfMatch Long version, @RequestBody PolicyTexts.TextForm form) {
        manage();
        return versions.ok(versions.write(version, TEXT.row(code, versionNo), () -> texts.edit(code, versionNo, form)),
                TEXT.row(code, versionNo));
    }

    /** {@code action}: consult (consulted, consultationUntil), issue (effectiveFrom), withdraw (reason). */
    @PostMapping("/{code}/versions/{versionNo}/{action}")
    PolicyTexts.PolicyText act(@PathVariable String code, @PathVariable int versionNo, @PathVariable String action,
                               @RequestBody PolicyTexts.ActionForm form) {
        manage();
        return texts.act(code, versionNo, action, form);
    }

    private void read() {
        if (!access.mayRead()) throw new AccessDeniedException(DelegationAccess.READ);
    }

    private void manage() {
        if (!access.mayManage()) throw new AccessDeniedException(DelegationAccess.MANAGE);
    }
}
