package org.fieldsupport.platform.i18n.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.fieldsupport.platform.i18n.SupportedLanguages;
import org.fieldsupport.platform.security.CurrentUser;
import org.fieldsupport.platform.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The user's language, in this order: an explicit choice ({@code ?lang=fr}, remembered in the session
 * and, for a signed-in user, saved as the preferred language when the {@link UserDirectory} can), the
 * signed-in user's preferred language, the browser's Accept-Language (English or French only), English.
 * On {@code /api/**} an Accept-Language header comes before the stored preference (an API client
 * states its language per request).
 */
class PlatformLocaleResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = PlatformLocaleResolver.class.getName() + ".locale";
    private static final String REQUEST_CACHE = PlatformLocaleResolver.class.getName() + ".resolved";
    private static final Logger log = LoggerFactory.getLogger(PlatformLocaleResolver.class);

    /** Resolved once it exists (issue 20: resolving the bean on every request was 4 % of a simple API read). */
    private final org.springframework.util.function.SingletonSupplier<UserDirectory> userDirectory;

    PlatformLocaleResolver(ObjectProvider<UserDirectory> userDirectory) {
        this.userDirectory = org.springframework.util.function.SingletonSupplier.of(userDirectory::getIfAvailable);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_CACHE) instanceof Locale cached) {
            return cached;
        }
        Optional<Locale> chosen = explicitChoice(request);
        // API clients state their language per request; screens follow the stored preference first
        Locale locale = (isApi(request)
                ? chosen.or(() -> acceptLanguage(request)).or(() -> preferredLanguage())
                : chosen.or(() -> preferredLanguage()).or(() -> acceptLanguage(request)))
                .orElse(SupportedLanguages.DEFAULT);
        request.setAttribute(REQUEST_CACHE, locale);
        return locale;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale requested) {
        Optional<Locale> supported = SupportedLanguages.match(requested);
        if (supported.isEmpty()) {
            return; // ?lang=de: keep the current language
        }
        Locale locale = supported.get();
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, locale.getLanguage());
        request.setAttribute(REQUEST_CACHE, locale);
        CurrentUser.username().ifPresent(username -> savePreference(username, locale));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static Optional<Locale> explicitChoice(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : SupportedLanguages.match((String) session.getAttribute(SESSION_ATTRIBUTE));
    }

    private Optional<Locale> preferredLanguage() {
        UserDirectory directory = userDirectory.get();
        if (directory == null) {
            return Optional.empty();
        }
        return CurrentUser.username().flatMap(username -> {
            try {
                return directory.find(username).map(UserDirectory.UserProfile::preferredLanguage)
                        .flatMap(SupportedLanguages::match);
            } catch (RuntimeException e) {
                log.warn("Could not read the preferred language of {}: {}", username, e.toString());
                return Optional.empty();
            }
        });
    }

    private static Optional<Locale> acceptLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return Collections.list(request.getLocales()).stream()
                .map(SupportedLanguages::match)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private void savePreference(String username, Locale locale) {
        UserDirectory directory = userDirectory.get();
        if (directory == null) {
            return;
        }
        try {
            directory.savePreferredLanguage(username, locale.getLanguage());
        } catch (RuntimeException e) {
            log.warn("Could not save the preferred language of {}: {}", username, e.toString());
        }
    }
}
