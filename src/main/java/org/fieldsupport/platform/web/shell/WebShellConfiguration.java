package org.fieldsupport.platform.web.shell;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebShellConfiguration implements WebMvcConfigurer {

    private final ShellModelInterceptor shellModelInterceptor;

    WebShellConfiguration(ShellModelInterceptor shellModelInterceptor) {
        this.shellModelInterceptor = shellModelInterceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(shellModelInterceptor).excludePathPatterns("/api/**", "/actuator/**",
                "/css/**", "/js/**", "/webjars/**", "/v3/api-docs/**");
    }
}
