package org.fieldsupport.platform.api.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the idempotency interceptor for /api/** and removes expired idempotency records hourly. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ApiConfiguration implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ApiConfiguration.class);

    private final IdempotencyInterceptor interceptor;
    private final IdempotencyStore store;

    ApiConfiguration(IdempotencyInterceptor interceptor, IdempotencyStore store) {
        this.interceptor = interceptor;
        this.store = store;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns("/api/**");
    }

    /** {@code @IfMatch Long version} on PUT/PATCH handlers (concurrent edits, {@link org.fieldsupport.platform.api.RecordVersions}). */
    @Override
    public void addArgumentResolvers(java.util.List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new IfMatchArgumentResolver());
    }

    /** Spring MVC's request mapping with the literal-prefix shortcut ({@link PrefixFilteredHandlerMapping}). */
    @org.springframework.context.annotation.Bean
    org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations prefixFilteredHandlerMapping() {
        return new org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations() {
            @Override
            public org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping
                    getRequestMappingHandlerMapping() {
                return new PrefixFilteredHandlerMapping();
            }
        };
    }

    /** Idempotent: safe on several nodes at once, so no cluster lock is needed. */
    @Scheduled(fixedDelayString = "${fsp.api.idempotency.cleanup-interval:PT1H}", initialDelayString = "PT5M")
    void deleteExpiredIdempotencyRecords() {
        int deleted = store.deleteExpired();
        if (deleted > 0) {
            log.info("Removed {} idempotency records older than {}", deleted, IdempotencyStore.RETENTION);
        }
    }
}
