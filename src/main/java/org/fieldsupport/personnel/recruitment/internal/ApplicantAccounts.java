package org.fieldsupport.personnel.recruitment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.audit.DataChanged;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicant accounts of the public careers page, without a staff account: the applicant gives an e-mail address,
 * a name and a language; the platform mails a confirmation link (Spring's mail support, like the notices; kept in
 * {@code rec_mail}); following it and choosing a password creates a platform account holding only the APPLICANT
 * role. Only a hash of the token is stored; it expires after 24 hours. Requests are throttled per e-mail address
 * ({@value #PER_EMAIL_PER_HOUR} an hour) and per client address ({@value #PER_CLIENT_PER_HOUR} an hour).
 */
@Service
public class ApplicantAccounts {

    private static final Logger log = LoggerFactory.getLogger(ApplicantAccounts.class);
    public static final int PER_EMAIL_PER_HOUR = 3;
    public static final int PER_CLIENT_PER_HOUR = 20;
    static final Duration TOKEN_VALIDITY = Duration.ofHours(24);
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9.-]{1,180}\\.[A-Za-z]{2,24}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final RecruitmentClock clock;
    private final String from;
    private final String baseUrl;

    ApplicantAccounts(JdbcClient jdbc, UserDirectory users, ObjectProvider<JavaMailSender> mail, MessageSource messages,
                      ApplicationEventPublisher events, RecruitmentClock clock,
                      @Value("${fsp.notices.from:no-reply@fieldsupport.example}") String from,
                      @Value("${fsp.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Refused because of too many requests from the address (429). */
    public static class TooManyRequests extends RuntimeException {
        public TooManyRequests() {
            super("too many requests");
        }
    }

    /** Records a public request and refuses it (429) beyond the hourly limits of the e-mail and client addresses. */
    @Transactional
    public void throttle(String kind, String email, String client) {
        Instant now = clock.now();
        OffsetDateTime hourAgo = OffsetDateTime.ofInstant(now.minus(Duration.ofHours(1)), java.time.ZoneOffset.UTC);
        String emailKey = "e:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        String clientKey = "c:" + (client == null ? "" : client);
        long byEmail = email == null ? 0 : jdbc.sql("SELECT COUNT(*) FROM rec_public_request WHERE kind = ? AND client_key = ? AND at > ?")
                .params(kind, emailKey, hourAgo).query(Long.class).single();
        long byClient = jdbc.sql("SELECT COUNT(*) FROM rec_public_request WHERE kind = ? AND client_key = ? AND at > ?")
                .params(kind, clientKey, hourAgo).query(Long.class).single();
        if (byEmail >= PER_EMAIL_PER_HOUR || byClient >= PER_CLIENT_PER_HOUR) {
            throw new TooManyRequests();
        }
        for (String key : email == null ? new String[] {clientKey} : new String[] {emailKey, clientKey}) {
            jdbc.sql("INSERT INTO rec_public_request (kind, client_key, at) VALUES (?, ?, ?)")
                    .params(kind, key, Timestamp.from(now)).update();
        }
    }

    public record Registration(String email, String status) { }

    /**
     * Registers (or re-sends the link to) an applicant. The answer is the same whether or not the address is
     * known (no account enumeration); an address that already has an account receives no new link.
     */
    @Transactional(noRollbackFor = TooManyRequests.class)
    public Registration register(String email, String fullName, String language, String client) {
        FieldErrors errors = new FieldErrors();
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(e).matches() || e.length() > 100) {
            errors.add("email", "Email", "recruitment.input.email");
        }
        if (fullName == null || fullName.isBlank() || fullName.strip().length() > 200) {
            errors.add("fullName", "Required", "recruitment.input.required");
        }
        String lang = "fr".equals(language) ? "fr" : "en";
        errors.throwIfAny();
        throttle("register", e, client);
        var existing = jdbc.sql("SELECT status FROM rec_applicant WHERE email = ?").param(e).query(String.class).optional();
        if (existing.filter("CONFIRMED"::equals).isPresent()) {
            return new Registration(e, "PENDING");
        }
        String token = token();
        Instant now = clock.now();
        if (existing.isPresent()) {
            jdbc.sql("UPDATE rec_applicant SET full_name = ?, preferred_language = ?, token_hash = ?, token_expires_at = ? WHERE email = ?")
                    .params(fullName.strip(), lang, hash(token), Timestamp.from(now.plus(TOKEN_VALIDITY)), e).update();
        } else {
            jdbc.sql("""
                    INSERT INTO rec_applicant (email, full_name, preferred_language, status, token_hash, token_expires_at,
                        created_at) VALUES (?, ?, ?, 'PENDING', ?, ?, ?)""")
                    .params(e, fullName.strip(), lang, hash(token), Timestamp.from(now.plus(TOKEN_VALIDITY)),
                            Timestamp.from(now)).update();
        }
        Locale locale = Locale.forLanguageTag(lang);
        String link = baseUrl + "/careers/confirm?token=" + token;
        send(e, messages.getMessage("recruitment.mail.confirm.subject", null, locale),
                messages.getMessage("recruitment.mail.confirm.body", new Object[] {fullName.strip(), link}, locale));
        return new Registration(e, "PENDING");
    }

    void send(String to, String subject, String body) {
        Instant now = clock.now();
        jdbc.sql("INSERT INTO rec_mail (to_email, subject, body, created_at) VALUES (?, ?, ?, ?)")
                .params(to, subject, body, Timestamp.from(now)).update();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(to);
            m.setSubject(subject);
            m.setText(body);
            sender.send(m);
            jdbc.sql("UPDATE rec_mail SET sent_at = ? WHERE to_email = ? AND created_at = ? AND sent_at IS NULL")
                    .params(Timestamp.from(clock.now()), to, Timestamp.from(now)).update();
        } catch (MailException ex) {
            log.warn("Confirmation mail to an applicant failed: {}", ex.getMessage());
        }
    }

    /** Confirms the address with the mailed token and creates the applicant's platform account. */
    @Transactional(noRollbackFor = TooManyRequests.class)
    public Registration confirm(String token, String password, String client) {
        FieldErrors errors = new FieldErrors();
        if (token == null || token.isBlank()) {
            errors.add("token", "Required", "recruitment.input.required");
        }
        if (password == null || password.length() < 12) {
            errors.add("password", "MinLength", "recruitment.input.password", 12);
        }
        errors.throwIfAny();
        throttle("confirm", null, client);
        record Pending(long id, String email, String name, String lang, OffsetDateTime expires) { }
        Pending p = jdbc.sql("SELECT id, email, full_name, preferred_language, token_expires_at FROM rec_applicant WHERE token_hash = ? AND status = 'PENDING'")
                .param(hash(token.strip())).query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class))).optional()
                .orElseThrow(() -> new BusinessRuleException("recruitment.refused.token"));
        if (p.expires().toInstant().isBefore(clock.now())) {
            throw new BusinessRuleException("recruitment.refused.token");
        }
        users.ensureUser(p.email(), p.name(), p.email(), p.lang(), password);
        users.ensureRoleAssignment(p.email(), RecruitmentPermissions.ROLE_APPLICANT, Scope.department());
        jdbc.sql("UPDATE rec_applicant SET status = 'CONFIRMED', username = ?, token_hash = NULL, confirmed_at = ? WHERE id = ?")
                .params(p.email(), Timestamp.from(clock.now()), p.id()).update();
        events.publishEvent(DataChanged.created("personnel.recruitment.applicant", p.id(), Map.of("confirmed", true)));
        return new Registration(p.email(), "CONFIRMED");
    }

    /** A demo or test applicant, confirmed, with a platform account (password = user name). */
    @Transactional
    public long ensureConfirmed(String username, String email, String fullName, String language) {
        var id = jdbc.sql("SELECT id FROM rec_applicant WHERE email = ?").param(email).query(Long.class).optional();
        if (id.isPresent()) {
            return id.get();
        }
        users.ensureUser(username, fullName, email, language, username);
        users.ensureRoleAssignment(username, RecruitmentPermissions.ROLE_APPLICANT, Scope.department());
        Timestamp now = Timestamp.from(clock.now());
        jdbc.sql("""
                INSERT INTO rec_applicant (email, username, full_name, preferred_language, status, created_at, confirmed_at)
                VALUES (?, ?, ?, ?, 'CONFIRMED', ?, ?)""").params(email, username, fullName, language, now, now).update();
        return jdbc.sql("SELECT id FROM rec_applicant WHERE email = ?").param(email).query(Long.class).single();
    }

    /** An applicant without a platform account (bulk demo data): identity only, never signs in. */
    @Transactional
    public long ensureRecordOnly(String email, String fullName, String language) {
        var id = jdbc.sql("SELECT id FROM rec_applicant WHERE email = ?").param(email).query(Long.class).optional();
        if (id.isPresent()) {
            return id.get();
        }
        Timestamp now = Timestamp.from(clock.now());
        jdbc.sql("""
                INSERT INTO rec_applicant (email, full_name, preferred_language, status, created_at, confirmed_at)
                VALUES (?, ?, ?, 'CONFIRMED', ?, ?)""").params(email, fullName, language, now, now).update();
        return jdbc.sql("SELECT id FROM rec_applicant WHERE email = ?").param(email).query(Long.class).single();
    }

    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
