package org.fieldsupport.platform.security.web;

import java.time.LocalDate;
import java.util.Locale;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.PlatformPermissions;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.internal.PermissionCatalogue;
import org.fieldsupport.platform.security.internal.RoleAssignment;
import org.fieldsupport.platform.security.internal.RoleAssignments;
import org.fieldsupport.platform.security.internal.UserAccount;
import org.fieldsupport.platform.security.internal.UserAdministration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Role assignments across all users: list, assign with a scope, revoke (platform.roles.assign). */
@Controller
@RequestMapping("/admin/role-assignments")
public class AdminRoleAssignmentsController {

    static final int PAGE_SIZE = 20;   // issue 12.10: a page at most 8 KB

    private final UserAdministration administration;
    private final RoleAssignments assignments;
    private final PermissionCatalogue catalogue;
    private final AccessPolicy access;

    public AdminRoleAssignmentsController(UserAdministration administration, RoleAssignments assignments,
                                          PermissionCatalogue catalogue, AccessPolicy access) {
        this.administration = administration;
        this.assignments = assignments;
        this.catalogue = catalogue;
        this.access = access;
    }

    public static class AssignmentForm {
        private String username;
        private String role;
        private String scopeType = "DEPARTMENT";
        private String scopeKey;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validTo;
        private String returnTo;
        public String getUsername() { return username; }
        public void setUsername(String v) { this.username = v; }
        public String getRole() { return role; }
        public void setRole(String v) { this.role = v; }
        public String getScopeType() { return scopeType; }
        public void setScopeType(String v) { this.scopeType = v; }
        public String getScopeKey() { return scopeKey; }
        public void setScopeKey(String v) { this.scopeKey = v; }
        public LocalDate getValidFrom() { return validFrom; }
        public void setValidFrom(LocalDate v) { this.validFrom = v; }
        public LocalDate getValidTo() { return validTo; }
        public void setValidTo(LocalDate v) { this.validTo = v; }
        public String getReturnTo() { return returnTo; }
        public void setReturnTo(String v) { this.returnTo = v; }
    }

    private void require() {
        access.requireCurrentUser(PlatformPermissions.ROLES_ASSIGN, Scope.department());
    }

    @GetMapping
    public String list(@RequestParam(required = false) String role, @RequestParam(defaultValue = "") String q,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        require();
        if (!model.containsAttribute("assignmentForm")) {
            model.addAttribute("assignmentForm", new AssignmentForm());
        }
        return listPage(role, q, page, model);
    }

    private String listPage(String role, String q, int page, Model model) {
        String roleFilter = role == null || role.isBlank() ? null : role;
        int p = Math.max(page, 0);
        long total = assignments.countSearch(roleFilter, q);
        model.addAttribute("assignments", assignments.search(roleFilter, q, p, PAGE_SIZE));
        model.addAttribute("role", roleFilter);
        model.addAttribute("q", q);
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("roles", catalogue.roles());
        model.addAttribute("scopeTypes", Scope.ScopeType.values());
        return "platform/admin/role-assignments";
    }

    @PostMapping
    public String assign(@ModelAttribute AssignmentForm assignmentForm, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        require();
        UserAccount user = null;
        if (assignmentForm.getUsername() == null || assignmentForm.getUsername().isBlank()) {
            errors.rejectValue("username", "security.validation.required");
        } else {
            user = administration.find(assignmentForm.getUsername()).orElse(null);
            if (user == null) {
                errors.rejectValue("username", "security.assignment.user.unknown");
            }
        }
        if (assignmentForm.getRole() == null || !catalogue.roleExists(assignmentForm.getRole())) {
            errors.rejectValue("role", "security.validation.required");
        }
        Scope scope = scope(assignmentForm, errors);
        if (assignmentForm.getValidFrom() != null && assignmentForm.getValidTo() != null
                && assignmentForm.getValidTo().isBefore(assignmentForm.getValidFrom())) {
            errors.rejectValue("validTo", "security.assignment.dates.order");
        }
        if (!errors.hasErrors()) {
            try {
                administration.assign(user.id(), assignmentForm.getRole(), scope, assignmentForm.getValidFrom(),
                        assignmentForm.getValidTo());
                redirect.addFlashAttribute("message", "security.assignment.saved");
                return "redirect:" + back(assignmentForm.getReturnTo(), user);
            } catch (BusinessRuleException e) {
                errors.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        if (user != null && "user".equals(assignmentForm.getReturnTo())) {
            redirect.addFlashAttribute("assignmentForm", assignmentForm);
            redirect.addFlashAttribute("org.springframework.validation.BindingResult.assignmentForm", errors);
            return "redirect:/admin/users/" + user.id();
        }
        return listPage(null, "", 0, model);
    }

    @PostMapping("/{id}/revoke")
    public String revoke(@PathVariable long id, @RequestParam(required = false) String returnTo,
                         RedirectAttributes redirect) {
        require();
        RoleAssignment assignment = administration.assignment(id);
        administration.revokeAssignment(id);
        redirect.addFlashAttribute("message", "security.assignment.revoked");
        return "redirect:" + back(returnTo, administration.get(assignment.userId()));
    }

    private static String back(String returnTo, UserAccount user) {
        return "user".equals(returnTo) && user != null ? "/admin/users/" + user.id() : "/admin/role-assignments";
    }

    /** The scope picker: a type and, except for the department, a non-empty key. */
    static Scope scope(AssignmentForm form, BindingResult errors) {
        Scope.ScopeType type;
        try {
            type = Scope.ScopeType.valueOf(form.getScopeType());
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.rejectValue("scopeType", "security.validation.required");
            return null;
        }
        if (type == Scope.ScopeType.DEPARTMENT) {
            return Scope.department();
        }
        String key = form.getScopeKey() == null ? "" : form.getScopeKey().trim();
        if (key.isEmpty()) {
            errors.rejectValue("scopeKey", "security.assignment.scopeKey.required");
            return null;
        }
        if (type == Scope.ScopeType.MEMBER_STATE) {
            key = key.toUpperCase(Locale.ROOT);
            if (!key.matches("[A-Z]{3}")) {
                errors.rejectValue("scopeKey", "security.assignment.scopeKey.iso3");
                return null;
            }
        }
        return new Scope(type, key);
    }
}
