package org.fieldsupport.platform.security.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to users and role assignments goes through here, so each one is audited
 * ({@link DataChanged}, never with password hashes) and drops the user's cached grants.
 */
@Service
public class UserAdministration {

    public static final String USER = "platform.User";
    public static final String ROLE_ASSIGNMENT = "platform.RoleAssignment";
    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private static final char[] PASSWORD_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts users;
    private final RoleAssignments assignments;
    private final PermissionCatalogue catalogue;
    private final PasswordEncoder passwordEncoder;
    private final AccessDecisions access;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    public UserAdministration(UserAccounts users, RoleAssignments assignments, PermissionCatalogue catalogue,
                              PasswordEncoder passwordEncoder, AccessDecisions access,
                              ApplicationEventPublisher events) {
        this.users = users;
        this.assignments = assignments;
        this.catalogue = catalogue;
        this.passwordEncoder = passwordEncoder;
        this.access = access;
        this.events = events;
    }

    /** The fields an administrator sets on a user. */
    public record UserDetailsInput(String username, String displayName, String email, String preferredLanguage,
                                   boolean enabled) { }

    public Optional<UserAccount> find(String username) {
        return users.findByUsername(username);
    }

    public UserAccount get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    @Transactional
    public UserAccount create(UserDetailsInput input, String rawPassword, boolean passwordChangeRequired) {
        String username = UserAccounts.normalize(input.username());
        if (users.findByUsername(username).isPresent()) {
            throw new BusinessRuleException("security.user.username.taken", username);
        }
        Instant now = clock.instant();
        String actor = CurrentUser.usernameOrSystem();
        UserAccount account = new UserAccount(null, username, input.displayName().trim(), blankToNull(input.email()),
                language(input.preferredLanguage()), passwordEncoder.encode(rawPassword), input.enabled(), null, 0,
                passwordChangeRequired, 0, actor, now, actor, now);
        long id = users.insert(account);
        UserAccount saved = get(id);
        events.publishEvent(DataChanged.created(USER, id, saved.auditView()));
        access.invalidate(username);
        return saved;
    }

    @Transactional
    public UserAccount update(long id, long expectedVersion, UserDetailsInput input) {
        UserAccount before = get(id);
        UserAccount after = new UserAccount(before.id(), before.username(), input.displayName().trim(),
                blankToNull(input.email()), language(input.preferredLanguage()), before.passwordHash(),
                input.enabled(), before.lockedUntil(), before.failedAttempts(), before.passwordChangeRequired(),
                expectedVersion, before.createdBy(), before.createdAt(), CurrentUser.usernameOrSystem(), clock.instant());
        return save(before, after);
    }

    @Transactional
    public UserAccount setEnabled(long id, boolean enabled) {
        UserAccount before = get(id);
        return save(before, with(before, before.passwordHash(), enabled, before.lockedUntil(),
                before.failedAttempts(), before.passwordChangeRequired()));
    }

    /** Lifts a throttling lock and forgets the failed attempts. */
    @Transactional
    public UserAccount unlock(long id) {
        UserAccount before = get(id);
        return save(before, with(before, before.passwordHash(), before.enabled(), null, 0,
                before.passwordChangeRequired()));
    }

    /** Sets a random one-time password, returned once; the user must change it at next login. */
    @Transactional
    public String resetPassword(long id) {
        UserAccount before = get(id);
        String oneTime = randomPassword(16);
        save(before, with(before, passwordEncoder.encode(oneTime), before.enabled(), null, 0, true));
        return oneTime;
    }

    @Transactional
    public UserAccount updateProfile(String username, String displayName, String preferredLanguage) {
        UserAccount before = find(username).orElseThrow(() -> new NotFoundException("user", username));
        UserAccount after = new UserAccount(before.id(), before.username(), displayName.trim(), before.email(),
                language(preferredLanguage), before.passwordHash(), before.enabled(), before.lockedUntil(),
                before.failedAttempts(), before.passwordChangeRequired(), before.version(), before.createdBy(),
                before.createdAt(), username, clock.instant());
        return save(before, after);
    }

    /** The user changes their own password; refuses a wrong current password or a weak new one. */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        UserAccount before = find(username).orElseThrow(() -> new NotFoundException("user", username));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, before.passwordHash())) {
            throw new BusinessRuleException("security.password.current.wrong");
        }
        checkNewPassword(newPassword, currentPassword);
        save(before, with(before, passwordEncoder.encode(newPassword), before.enabled(), before.lockedUntil(),
                before.failedAttempts(), false));
    }

    public static void checkNewPassword(String newPassword, String currentPassword) {
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("security.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (newPassword.equals(currentPassword)) {
            throw new BusinessRuleException("security.password.unchanged");
        }
    }

    public List<RoleAssignment> assignmentsOf(long userId) {
        return assignments.ofUser(userId);
    }

    @Transactional
    public RoleAssignment assign(long userId, String role, Scope scope, LocalDate from, LocalDate to) {
        UserAccount user = get(userId);
        if (!catalogue.roleExists(role)) {
            throw new BusinessRuleException("security.assignment.role.unknown", role);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new BusinessRuleException("security.assignment.dates.order");
        }
        if (assignments.find(userId, role, scope).isPresent()) {
            throw new BusinessRuleException("security.assignment.duplicate", role, scope.toString());
        }
        long id = assignments.insert(userId, role, scope, from, to, CurrentUser.usernameOrSystem(), clock.instant());
        RoleAssignment saved = assignments.findById(id).orElseThrow();
        events.publishEvent(DataChanged.created(ROLE_ASSIGNMENT, id, saved.auditView()));
        access.invalidate(user.username());
        return saved;
    }

    @Transactional
    public void revokeAssignment(long assignmentId) {
        RoleAssignment before = assignments.findById(assignmentId)
                .orElseThrow(() -> new NotFoundException("role assignment", assignmentId));
        assignments.delete(assignmentId);
        events.publishEvent(DataChanged.deleted(ROLE_ASSIGNMENT, assignmentId, before.auditView()));
        access.invalidate(before.username());
    }

    public RoleAssignment assignment(long id) {
        return assignments.findById(id).orElseThrow(() -> new NotFoundException("role assignment", id));
    }

    public static String randomPassword(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(PASSWORD_ALPHABET[RANDOM.nextInt(PASSWORD_ALPHABET.length)]);
        }
        return sb.toString();
    }

    private UserAccount save(UserAccount before, UserAccount after) {
        users.update(after);
        UserAccount saved = get(after.id());
        events.publishEvent(DataChanged.updated(USER, after.id(), before.auditView(), saved.auditView()));
        access.invalidate(before.username());
        return saved;
    }

    private UserAccount with(UserAccount u, String hash, boolean enabled, Instant lockedUntil, int failed,
                             boolean changeRequired) {
        return new UserAccount(u.id(), u.username(), u.displayName(), u.email(), u.preferredLanguage(), hash,
                enabled, lockedUntil, failed, changeRequired, u.version(), u.createdBy(), u.createdAt(),
                CurrentUser.usernameOrSystem(), clock.instant());
    }

    static String language(String value) {
        String lang = value == null ? "en" : value.trim().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(lang) ? lang : "en";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
