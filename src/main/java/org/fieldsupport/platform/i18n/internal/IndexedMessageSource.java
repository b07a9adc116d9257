package org.fieldsupport.platform.i18n.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The platform's message source: every module's bundle, and for each code the one bundle that defines it.
 *
 * <p>Spring's {@link ResourceBundleMessageSource} looks a code up in each base name in turn (with ≈ 35 module bundles
 * and their French twins, a {@code personnel.*} title went through some thirty bundles, twice when it had arguments:
 * 12 % of an HR officer's inbox read, issue 20). Since a code is defined in one bundle only, the bundle of each code
 * is read once from the base (English) files, in the order of the base names, the first one winning as before; the
 * lookup then goes to that bundle alone, in the reader's language with the usual fallback. A code found in no base
 * file (a typo, a key present only in a translation) takes Spring's full search, so nothing resolves differently.
 *
 * <p>ICU plural arguments ({@code {0, plural, one {# item} other {# items}}}) are chosen before MessageFormat
 * (issue 12.7, {@link PluralMessages}).
 */
class IndexedMessageSource extends ResourceBundleMessageSource {

    private final Map<String, String> bundleOfCode;

    IndexedMessageSource(List<String> baseNames) {
        setBasenames(baseNames.toArray(String[]::new));
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
        Map<String, String> index = new HashMap<>();
        for (String baseName : baseNames) {
            for (String code : codesOf(baseName)) {
                index.putIfAbsent(code, baseName);
            }
        }
        this.bundleOfCode = Map.copyOf(index);
    }

    /** The base name defining a code, or null when no base file does. */
    String bundleOf(String code) {
        return bundleOfCode.get(code);
    }

    private static Iterable<String> codesOf(String baseName) {
        ClassPathResource file = new ClassPathResource(baseName + ".properties");
        if (!file.exists()) {
            return List.of();
        }
        Properties properties = new Properties();
        try (InputStream in = file.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("message bundle " + baseName + " cannot be read", e);
        }
        return properties.stringPropertyNames();
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        String baseName = bundleOfCode.get(code);
        if (baseName == null) {
            return super.resolveCodeWithoutArguments(code, locale);
        }
        ResourceBundle bundle = getResourceBundle(baseName, locale);
        return bundle == null ? null : getStringOrNull(bundle, code);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        String baseName = bundleOfCode.get(code);
        if (baseName == null) {
            return super.resolveCode(code, locale);
        }
        ResourceBundle bundle = getResourceBundle(baseName, locale);
        return bundle == null ? null : getMessageFormat(bundle, code, locale);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code != null && args != null && args.length > 0) {
            Locale l = locale == null ? Locale.getDefault() : locale;
            String pattern = resolveCodeWithoutArguments(code, l);
            if (PluralMessages.hasPlural(pattern)) {
                Object[] resolved = resolveArguments(args, l);
                String selected = PluralMessages.selectPlurals(pattern, resolved, l);
                return createMessageFormat(selected, l).format(resolved);
            }
        }
        return super.getMessageInternal(code, args, locale);
    }
}
