package org.fieldsupport.platform.security.web;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.ZoneId;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.internal.PasswordChangeRequiredFilter;
import org.fieldsupport.platform.security.internal.TokenService;
import org.fieldsupport.platform.security.internal.UserAccount;
import org.fieldsupport.platform.security.internal.UserAdministration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own pages: profile (name, language), password, personal access tokens. */
@Controller
@RequestMapping("/account")
public class AccountController {

    private final UserAdministration administration;
    private final TokenService tokens;

    public AccountController(UserAdministration administration, TokenService tokens) {
        this.administration = administration;
        this.tokens = tokens;
    }

    public static class ProfileForm {
        private String displayName;
        private String preferredLanguage;
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getPreferredLanguage() { return preferredLanguage; }
        public void setPreferredLanguage(String preferredLanguage) { this.preferredLanguage = preferredLanguage; }
    }

    public static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String confirmPassword;
        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String v) { this.currentPassword = v; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String v) { this.newPassword = v; }
        public String getConfirmPassword() { return confirmPassword; }
        public void setConfirmPassword(String v) { this.confirmPassword = v; }
    }

    public static class TokenForm {
        private String name;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expiresOn;
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public LocalDate getExpiresOn() { return expiresOn; }
        public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    }

    private UserAccount me() {
        String username = CurrentUser.username().orElseThrow(() -> new AccessDeniedException("not signed in"));
        return administration.find(username).orElseThrow(() -> new AccessDeniedException("no local account"));
    }

    @GetMapping("/profile")
    public String profile(Model model) {
        UserAccount me = me();
        ProfileForm form = new ProfileForm();
        form.setDisplayName(me.displayName());
        form.setPreferredLanguage(me.preferredLanguage());
        model.addAttribute("profileForm", form);
        model.addAttribute("account", me);
        model.addAttribute("languages", UserAdministration.LANGUAGES);
        return "platform/account/profile";
    }

    @PostMapping("/profile")
    public String saveProfile(@ModelAttribute ProfileForm profileForm, BindingResult errors, Model model,
                              RedirectAttributes redirect) {
        if (profileForm.getDisplayName() == null || profileForm.getDisplayName().isBlank()) {
            errors.rejectValue("displayName", "security.validation.required");
        }
        if (profileForm.getPreferredLanguage() == null
                || !UserAdministration.LANGUAGES.contains(profileForm.getPreferredLanguage())) {
            errors.rejectValue("preferredLanguage", "security.validation.language");
        }
        if (errors.hasErrors()) {
            model.addAttribute("account", me());
            model.addAttribute("languages", UserAdministration.LANGUAGES);
            return "platform/account/profile";
        }
        administration.updateProfile(me().username(), profileForm.getDisplayName(), profileForm.getPreferredLanguage());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account/profile";
    }

    @GetMapping("/password")
    public String password(Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        model.addAttribute("required", me().passwordChangeRequired());
        return "platform/account/password";
    }

    @PostMapping("/password")
    public String changePassword(@ModelAttribute PasswordForm passwordForm, BindingResult errors, Model model,
                                 HttpSession session, RedirectAttributes redirect) {
        UserAccount me = me();
        if (passwordForm.getNewPassword() != null && !passwordForm.getNewPassword().equals(passwordForm.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "security.password.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                administration.changePassword(me.username(), passwordForm.getCurrentPassword(), passwordForm.getNewPassword());
            } catch (BusinessRuleException e) {
                String field = e.messageKey().startsWith("security.password.current") ? "currentPassword" : "newPassword";
                errors.rejectValue(field, e.messageKey(), e.args(), e.messageKey());
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("required", me.passwordChangeRequired());
            return "platform/account/password";
        }
        session.removeAttribute(PasswordChangeRequiredFilter.SESSION_FLAG);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/account/profile";
    }

    @GetMapping("/tokens")
    public String tokens(Model model) {
        model.addAttribute("tokenForm", new TokenForm());
        return tokensPage(model);
    }

    private String tokensPage(Model model) {
        model.addAttribute("tokens", tokens.tokensOf(me().username()));
        model.addAttribute("now", java.time.Instant.now());
        return "platform/account/tokens";
    }

    @PostMapping("/tokens")
    public String createToken(@ModelAttribute TokenForm tokenForm, BindingResult errors, Model model) {
        if (tokenForm.getName() == null || tokenForm.getName().isBlank()) {
            errors.rejectValue("name", "security.validation.required");
        } else if (tokenForm.getExpiresOn() != null && !tokenForm.getExpiresOn().isAfter(LocalDate.now())) {
            errors.rejectValue("expiresOn", "security.token.expiry.past");
        }
        if (!errors.hasErrors()) {
            var expires = tokenForm.getExpiresOn() == null ? null
                    : tokenForm.getExpiresOn().atStartOfDay(ZoneId.systemDefault()).toInstant();
            TokenService.IssuedToken issued = tokens.issue(me().username(), tokenForm.getName(), expires);
            model.addAttribute("issued", issued);
            model.addAttribute("tokenForm", new TokenForm());
        }
        return tokensPage(model);
    }

    @PostMapping("/tokens/{id}/revoke")
    public String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        var token = tokens.get(id);
        if (!token.username().equals(me().username())) {
            throw new AccessDeniedException("not your token");
        }
        tokens.revoke(id);
        redirect.addFlashAttribute("revoked", token.name());
        return "redirect:/account/tokens";
    }
}
