package org.fieldsupport.platform.i18n.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.fieldsupport.platform.security.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language resolution for web requests and the {@code ?lang=en|fr} switch, and the message source.
 *
 * <p>Every module keeps its strings in its own bundle under {@code i18n/} ({@code i18n/<module>.properties}
 * with {@code i18n/<module>_fr.properties} beside it). The bundles are found on the class path at start-up, so a
 * new module adds its files and nothing else (no shared list of base names to edit). {@code i18n/platform} is
 * consulted first, the others in alphabetical order; a key must be defined in one bundle only.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

    static final String BUNDLES = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        return new IndexedMessageSource(bundleBaseNames());
    }

    /** {@code i18n/platform} first, then every other base name found under {@code i18n/} (locale variants folded). */
    static List<String> bundleBaseNames() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(BUNDLES)) {
            String file = resource.getFilename();
            if (file == null || !file.endsWith(".properties")) {
                continue;
            }
            String base = file.substring(0, file.length() - ".properties".length());
            int locale = base.indexOf('_');
            names.add("i18n/" + (locale < 0 ? base : base.substring(0, locale)));
        }
        List<String> ordered = new ArrayList<>();
        if (names.remove("i18n/platform")) {
            ordered.add("i18n/platform");
        }
        ordered.addAll(names);
        return ordered;
    }

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(ObjectProvider<UserDirectory> userDirectory) {
        return new PlatformLocaleResolver(userDirectory);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/css/**", "/js/**", "/webjars/**");
    }
}
