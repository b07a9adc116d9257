package org.fieldsupport.platform.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests whose address itself is invalid (issue 9: {@code %00}, other encoded control characters, malformed
 * percent-encoding, path traversal, {@code ;} parameters). Two places refuse them before any controller runs:
 * <ul>
 *   <li>Tomcat, while decoding the URI ({@code %00}, {@code %zz}, an encoded {@code /}): its host's error report
 *   valve used to answer an HTML page with Tomcat's look. {@link AddressErrorValve} replaces it: under
 *   {@code /api} (or for a client that accepts JSON and not HTML) an RFC 9457 problem detail
 *   ({@code invalid-address}), otherwise a plain error page in the caller's language.</li>
 *   <li>Spring Security's firewall ({@code %0a}, {@code %25}, {@code ..}, {@code ;}): the
 *   {@link RequestRejectedHandler} answers the same problem under {@code /api}, and the application's error page
 *   elsewhere.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class InvalidAddressErrors {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> invalidAddressErrorValve(MessageSource messages,
                                                                                         JsonMapper json) {
        return new ValveInstaller(messages, json);
    }

    @Bean
    RequestRejectedHandler invalidAddressRejectedHandler(Problems problems) {
        return (HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected) -> {
            if (response.isCommitted()) {
                return;
            }
            if (wantsProblem(request.getRequestURI(), request.getHeader("Accept"))) {
                problems.write(problems.create(ProblemType.INVALID_ADDRESS, request), response);
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        };
    }

    /** An API path, or a client that accepts JSON but not HTML. */
    static boolean wantsProblem(String uri, String accept) {
        if (uri != null && (uri.startsWith("/api/") || uri.equals("/api") || uri.startsWith("/v3/api-docs"))) {
            return true;
        }
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        return a.contains("json") && !a.contains("html");
    }

    /** Installs {@link AddressErrorValve} on the host, in place of the error report valves Boot and Tomcat add. */
    static final class ValveInstaller implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final MessageSource messages;
        private final JsonMapper json;

        ValveInstaller(MessageSource messages, JsonMapper json) {
            this.messages = messages;
            this.json = json;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container parent = context.getParent();
                if (!(parent instanceof Host host)) {
                    return;
                }
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new AddressErrorValve(messages, json));
                if (host instanceof StandardHost standardHost) {
                    // the host adds a valve of this class at start unless one is there already
                    standardHost.setErrorReportValveClass(AddressErrorValve.class.getName());
                }
            });
        }

        /** After Boot's own Tomcat customizer, whose context customizer adds an ErrorReportValve. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * The host's error report: answers errors that reached no application code (Tomcat refused the request line
     * or the address) with a problem detail or a plain page, never Tomcat's own page, and never a stack trace.
     */
    public static class AddressErrorValve extends ErrorReportValve {

        private final MessageSource messages;
        private final JsonMapper json;

        public AddressErrorValve() {
            this(null, JsonMapper.builder().build());
        }

        AddressErrorValve(MessageSource messages, JsonMapper json) {
            this.messages = messages;
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            Locale locale = locale(request.getHeader("Accept-Language"));
            boolean invalidAddress = status == 400;
            String titleKey = invalidAddress ? ProblemType.INVALID_ADDRESS.titleKey() : "problem.status." + status;
            String detailKey = invalidAddress ? ProblemType.INVALID_ADDRESS.detailKey() : "problem.status." + status;
            String title = message(titleKey, locale, invalidAddress ? "Invalid address" : "Error " + status);
            String detail = message(detailKey, locale, title);
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                if (wantsProblem(request.getCoyoteRequest().requestURI().toString(), request.getHeader("Accept"))) {
                    Map<String, Object> problem = new LinkedHashMap<>();
                    problem.put("type", invalidAddress ? ProblemType.INVALID_ADDRESS.uri().toString() : "about:blank");
                    problem.put("title", title);
                    problem.put("status", status);
                    problem.put("detail", detail);
                    response.setContentType(Problems.PROBLEM_JSON.toString());
                    Writer writer = response.getReporter();
                    if (writer != null) {
                        writer.write(json.writeValueAsString(problem));
                    }
                } else {
                    response.setContentType("text/html");
                    Writer writer = response.getReporter();
                    if (writer != null) {
                        writer.write(page(locale, status, title, detail));
                    }
                }
            } catch (IOException | IllegalStateException e) {
                // the client went away; nothing more to do
            }
        }

        private String page(Locale locale, int status, String title, String detail) {
            String home = message("error.home", locale, "Home");
            String app = message("app.name", locale, "Field Support Platform");
            return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + esc(title) + " – " + esc(app) + "</title>"
                    + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;"
                    + "color:#1b1b1b}h1{font-size:1.5rem}p.status{color:#555}a{color:#005ea2}</style></head><body>"
                    + "<main><p class=\"status\">" + esc(app) + " · " + status + "</p><h1>" + esc(title) + "</h1>"
                    + "<p>" + esc(detail) + "</p><p><a href=\"/\">" + esc(home) + "</a></p></main></body></html>";
        }

        private String message(String key, Locale locale, String fallback) {
            if (messages == null) {
                return fallback;
            }
            try {
                return messages.getMessage(key, null, fallback, locale);
            } catch (RuntimeException e) {
                return fallback;
            }
        }

        private static String esc(String s) {
            return HtmlUtils.htmlEscape(s == null ? "" : s);
        }

        /** English or French, from Accept-Language (the languages the platform speaks). */
        static Locale locale(String acceptLanguage) {
            if (acceptLanguage == null || acceptLanguage.isBlank()) {
                return Locale.ENGLISH;
            }
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                Locale found = Locale.lookup(ranges, new ArrayList<>(List.of(Locale.ENGLISH, Locale.FRENCH)));
                return found == null ? Locale.ENGLISH : found;
            } catch (IllegalArgumentException e) {
                return Locale.ENGLISH;
            }
        }
    }
}
