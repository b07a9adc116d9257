package org.fieldsupport.platform.security.web;

import java.time.LocalDate;
import java.util.List;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.PlatformPermissions;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.internal.RoleAssignment;
import org.fieldsupport.platform.security.internal.UserAccount;
import org.fieldsupport.platform.security.internal.UserAccounts;
import org.fieldsupport.platform.security.internal.UserAdministration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and (for user administrators) who are the users. */
@RestController
@RequestMapping("/api/v1/platform")
public class PlatformIdentityApi {

    static final int MAX_PAGE_SIZE = 100;

    private final UserAdministration administration;
    private final UserAccounts users;
    private final AccessPolicy access;

    public PlatformIdentityApi(UserAdministration administration, UserAccounts users, AccessPolicy access) {
        this.administration = administration;
        this.users = users;
        this.access = access;
    }

    public record Assignment(String role, String scope, LocalDate validFrom, LocalDate validTo) { }

    public record Me(String username, String displayName, String email, String preferredLanguage,
                     boolean passwordChangeRequired, List<Assignment> roleAssignments) { }

    public record UserSummary(String username, String displayName, String email, String preferredLanguage,
                              boolean enabled, boolean locked) { }

    public record Page<T>(List<T> content, int page, int size, long totalElements, int totalPages) { }

    @GetMapping("/me")
    public Me me() {
        String username = CurrentUser.username().orElseThrow();
        UserAccount user = administration.find(username).orElseThrow(() -> new NotFoundException("user", username));
        return new Me(user.username(), user.displayName(), user.email(), user.preferredLanguage(),
                user.passwordChangeRequired(),
                administration.assignmentsOf(user.id()).stream().map(PlatformIdentityApi::assignment).toList());
    }

    /** Users, paged and searched by name or e-mail; needs platform.users.manage. */
    @GetMapping("/users")
    public Page<UserSummary> users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size) {
        access.requireCurrentUser(PlatformPermissions.USERS_MANAGE, Scope.department());
        int p = Math.max(page, 0);
        int s = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        long total = users.countSearch(q);
        java.time.Instant now = java.time.Instant.now();
        List<UserSummary> content = users.search(q, p, s).stream().map(u -> new UserSummary(u.username(),
                u.displayName(), u.email(), u.preferredLanguage(), u.enabled(), u.lockedAt(now))).toList();
        return new Page<>(content, p, s, total, (int) ((total + s - 1) / s));
    }

    static Assignment assignment(RoleAssignment a) {
        return new Assignment(a.roleName(), a.scope().toString(), a.validFrom(), a.validTo());
    }
}
