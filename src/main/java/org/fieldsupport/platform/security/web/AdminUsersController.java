package org.fieldsupport.platform.security.web;

import java.util.Locale;
import java.util.regex.Pattern;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.PlatformPermissions;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.internal.PermissionCatalogue;
import org.fieldsupport.platform.security.internal.TokenService;
import org.fieldsupport.platform.security.internal.UserAccount;
import org.fieldsupport.platform.security.internal.UserAccounts;
import org.fieldsupport.platform.security.internal.UserAdministration;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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

/** User administration screens (platform.users.manage at department scope). */
@Controller
@RequestMapping("/admin/users")
public class AdminUsersController {

    static final int PAGE_SIZE = 20;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAdministration administration;
    private final UserAccounts users;
    private final TokenService tokens;
    private final PermissionCatalogue catalogue;
    private final AccessPolicy access;

    public AdminUsersController(UserAdministration administration, UserAccounts users, TokenService tokens,
                                PermissionCatalogue catalogue, AccessPolicy access) {
        this.administration = administration;
        this.users = users;
        this.tokens = tokens;
        this.catalogue = catalogue;
        this.access = access;
    }

    public static class UserForm {
        private String username;
        private String displayName;
        private String email;
        private String preferredLanguage = "en";
        private boolean enabled = true;
        private String password;
        private long version;
        public String getUsername() { return username; }
        public void setUsername(String v) { this.username = v; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String v) { this.displayName = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { this.email = v; }
        public String getPreferredLanguage() { return preferredLanguage; }
        public void setPreferredLanguage(String v) { this.preferredLanguage = v; }
        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean v) { this.enabled = v; }
        public String getPassword() { return password; }
        public void setPassword(String v) { this.password = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { this.version = v; }
    }

    private void require() {
        access.requireCurrentUser(PlatformPermissions.USERS_MANAGE, Scope.department());
    }

    @GetMapping
    public String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                       Model model) {
        require();
        int p = Math.max(page, 0);
        long total = users.countSearch(q);
        model.addAttribute("users", users.search(q, p, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("page", p);
        model.addAttribute("total", total);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("now", java.time.Instant.now());
        return "platform/admin/users";
    }

    @GetMapping("/new")
    public String newUser(Model model) {
        require();
        model.addAttribute("userForm", new UserForm());
        return form(model, null);
    }

    @PostMapping
    public String create(@ModelAttribute UserForm userForm, BindingResult errors, Model model) {
        require();
        validate(userForm, errors, true);
        if (!errors.hasErrors()) {
            boolean generated = userForm.getPassword() == null || userForm.getPassword().isBlank();
            String password = generated ? UserAdministration.randomPassword(16) : userForm.getPassword();
            try {
                UserAccount created = administration.create(input(userForm), password, true);
                if (generated) {
                    return oneTime(model, created, password);
                }
                return "redirect:/admin/users/" + created.id();
            } catch (BusinessRuleException e) {
                errors.rejectValue("username", e.messageKey(), e.args(), e.messageKey());
            }
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    public String show(@PathVariable long id, Model model) {
        require();
        UserAccount user = administration.get(id);
        model.addAttribute("user", user);
        model.addAttribute("locked", user.lockedAt(java.time.Instant.now()));
        model.addAttribute("tokens", tokens.tokensOf(user.username()));
        model.addAttribute("assignments", administration.assignmentsOf(id));
        model.addAttribute("roles", catalogue.roles());
        model.addAttribute("scopeTypes", Scope.ScopeType.values());
        model.addAttribute("mayAssign", access.mayCurrentUser(PlatformPermissions.ROLES_ASSIGN, Scope.department()));
        model.addAttribute("now", java.time.Instant.now());
        if (!model.containsAttribute("assignmentForm")) {
            AdminRoleAssignmentsController.AssignmentForm form = new AdminRoleAssignmentsController.AssignmentForm();
            form.setUsername(user.username());
            model.addAttribute("assignmentForm", form);
        }
        return "platform/admin/user";
    }

    @GetMapping("/{id}/edit")
    public String edit(@PathVariable long id, Model model) {
        require();
        UserAccount user = administration.get(id);
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setEmail(user.email());
        form.setPreferredLanguage(user.preferredLanguage());
        form.setEnabled(user.enabled());
        form.setVersion(user.version());
        model.addAttribute("userForm", form);
        return form(model, user);
    }

    @PostMapping("/{id}")
    public String update(@PathVariable long id, @ModelAttribute UserForm userForm, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        require();
        UserAccount user = administration.get(id);
        userForm.setUsername(user.username());
        validate(userForm, errors, false);
        if (!errors.hasErrors()) {
            try {
                administration.update(id, userForm.getVersion(), input(userForm));
                redirect.addFlashAttribute("message", "security.admin.user.saved");
                return "redirect:/admin/users/" + id;
            } catch (OptimisticLockingFailureException e) {
                errors.reject("security.admin.user.conflict");
            }
        }
        return form(model, user);
    }

    @PostMapping("/{id}/enable")
    public String enable(@PathVariable long id, RedirectAttributes redirect) {
        require();
        administration.setEnabled(id, true);
        redirect.addFlashAttribute("message", "security.admin.user.enabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    public String disable(@PathVariable long id, RedirectAttributes redirect) {
        require();
        administration.setEnabled(id, false);
        redirect.addFlashAttribute("message", "security.admin.user.disabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    public String unlock(@PathVariable long id, RedirectAttributes redirect) {
        require();
        administration.unlock(id);
        redirect.addFlashAttribute("message", "security.admin.user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/reset-password")
    public String resetPassword(@PathVariable long id, Model model) {
        require();
        String password = administration.resetPassword(id);
        return oneTime(model, administration.get(id), password);
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    public String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        require();
        var token = tokens.get(tokenId);
        if (token.userId() != id) {
            throw new AccessDeniedException("token of another user");
        }
        tokens.revoke(tokenId);
        redirect.addFlashAttribute("message", "security.token.revoked");
        return "redirect:/admin/users/" + id;
    }

    private String oneTime(Model model, UserAccount user, String password) {
        model.addAttribute("user", user);
        model.addAttribute("oneTimePassword", password);
        return "platform/admin/one-time-password";
    }

    private String form(Model model, UserAccount user) {
        model.addAttribute("user", user);
        model.addAttribute("languages", UserAdministration.LANGUAGES);
        return "platform/admin/user-form";
    }

    private static UserAdministration.UserDetailsInput input(UserForm f) {
        return new UserAdministration.UserDetailsInput(f.getUsername(), f.getDisplayName(), f.getEmail(),
                f.getPreferredLanguage(), f.isEnabled());
    }

    static void validate(UserForm f, BindingResult errors, boolean creating) {
        if (creating) {
            String username = f.getUsername() == null ? "" : f.getUsername().trim().toLowerCase(Locale.ROOT);
            if (username.isEmpty()) {
                errors.rejectValue("username", "security.validation.required");
            } else if (!USERNAME.matcher(username).matches()) {
                errors.rejectValue("username", "security.validation.username");
            }
            if (f.getPassword() != null && !f.getPassword().isBlank()
                    && f.getPassword().length() < UserAdministration.MIN_PASSWORD_LENGTH) {
                errors.rejectValue("password", "security.password.tooShort",
                        new Object[] {UserAdministration.MIN_PASSWORD_LENGTH}, null);
            }
        }
        if (f.getDisplayName() == null || f.getDisplayName().isBlank()) {
            errors.rejectValue("displayName", "security.validation.required");
        } else if (f.getDisplayName().length() > 200) {
            errors.rejectValue("displayName", "security.validation.tooLong", new Object[] {200}, null);
        }
        if (f.getEmail() != null && !f.getEmail().isBlank() && !EMAIL.matcher(f.getEmail().trim()).matches()) {
            errors.rejectValue("email", "security.validation.email");
        }
        if (!UserAdministration.LANGUAGES.contains(f.getPreferredLanguage())) {
            errors.rejectValue("preferredLanguage", "security.validation.language");
        }
    }
}
