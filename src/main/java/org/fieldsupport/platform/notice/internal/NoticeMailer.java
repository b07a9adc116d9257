package org.fieldsupport.platform.notice.internal;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.notice.Notice;
import org.fieldsupport.platform.notice.Notices;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails notices in the recipient's language (their preferred language; English otherwise): one mail per notice
 * for users who want them so, one digest a day for those who prefer it. Users without an e-mail address or who
 * turned mail off keep the in-app notice only. A notice is mailed at most once; one failing recipient does not stop
 * the others (their notices are retried on the next run).
 */
@Component
public class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);
    /** Notices older than this are not mailed any more (e.g. after mail is configured on a running system). */
    static final Duration MAIL_WINDOW = Duration.ofDays(2);

    private final NoticeStore store;
    private final UserDirectory users;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    NoticeMailer(NoticeStore store, UserDirectory users, MessageSource messages,
                 @Value("${fsp.notices.from:no-reply@fieldsupport.example}") String from,
                 @Value("${fsp.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.users = users;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends the pending notices of users who want one mail each; returns the number of mails sent. */
    @Transactional
    public int sendImmediate(JavaMailSender sender) {
        return send(sender, false);
    }

    /** Sends one digest to each user who prefers it and has notices not mailed yet; returns the number of mails. */
    @Transactional
    public int sendDigests(JavaMailSender sender) {
        return send(sender, true);
    }

    private int send(JavaMailSender sender, boolean digest) {
        Map<String, List<Notice>> byUser = new LinkedHashMap<>();
        for (Notice n : store.unmailed(Instant.now().minus(MAIL_WINDOW))) {
            byUser.computeIfAbsent(n.username(), u -> new ArrayList<>()).add(n);
        }
        int mails = 0;
        for (Map.Entry<String, List<Notice>> e : byUser.entrySet()) {
            Notices.Preference pref = store.preference(e.getKey());
            if (!pref.email() || pref.digest() != digest) {
                continue;
            }
            var profile = users.find(e.getKey()).orElse(null);
            if (profile == null || profile.email() == null || profile.email().isBlank() || !profile.enabled()) {
                continue;
            }
            Locale locale = "fr".equals(profile.preferredLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
            try {
                if (digest) {
                    sender.send(mail(sender, profile.email(), digestSubject(e.getValue(), locale),
                            digestBody(e.getValue(), locale)));
                    mails++;
                } else {
                    for (Notice n : e.getValue()) {
                        sender.send(mail(sender, profile.email(), subject(n, locale), body(List.of(n), locale)));
                        mails++;
                    }
                }
                store.markEmailed(e.getValue().stream().map(Notice::id).toList());
            } catch (MailException | jakarta.mail.MessagingException ex) {
                log.warn("Notice mail to {} failed, will retry: {}", e.getKey(), ex.getMessage());
            }
        }
        return mails;
    }

    private MimeMessage mail(JavaMailSender sender, String to, String subject, String body)
            throws jakarta.mail.MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body, false);
        return message;
    }

    String title(Notice n, Locale locale) {
        return messages.getMessage(n.titleKey(), n.titleArgs().toArray(), n.titleKey(), locale);
    }

    String subject(Notice n, Locale locale) {
        return messages.getMessage("platform.notice.mail.subject." + n.kind(), new Object[] {title(n, locale)}, locale);
    }

    private String digestSubject(List<Notice> notices, Locale locale) {
        return messages.getMessage("platform.notice.mail.digest.subject", new Object[] {notices.size()}, locale);
    }

    private String digestBody(List<Notice> notices, Locale locale) {
        return messages.getMessage("platform.notice.mail.digest.intro", null, locale) + "\n\n" + body(notices, locale);
    }

    private String body(List<Notice> notices, Locale locale) {
        StringBuilder b = new StringBuilder();
        for (Notice n : notices) {
            b.append("- ").append(messages.getMessage("platform.notice.kind." + n.kind(), null, locale)).append(": ")
                    .append(title(n, locale));
            if (n.dueOn() != null) {
                b.append(" (").append(messages.getMessage("platform.notice.mail.due", new Object[] {n.dueOn().toString()},
                        locale)).append(")");
            }
            b.append("\n  ").append(baseUrl).append(n.link()).append("\n");
        }
        b.append("\n").append(messages.getMessage("platform.notice.mail.footer", new Object[] {baseUrl + "/notices"},
                locale)).append("\n");
        return b.toString();
    }
}
