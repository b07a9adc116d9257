package org.fieldsupport.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 4 (remainder): an invalid address — {@code %00}, another encoded control character, a malformed
 * percent-encoding, {@code ..} or {@code ;} — is an RFC 9457 problem ({@code invalid-address}, 400) for API clients
 * and a plain error page for browsers, whether Tomcat refuses it while decoding the URI or Spring Security's
 * firewall refuses it; never Tomcat's own HTML page.
 */
@IntegrationTest
class InvalidAddressTests {

    static final String TYPE = "https://fieldsupport.org/problems/invalid-address";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void addresses_the_firewall_refuses_are_problem_details_under_api() throws Exception {
        for (String path : List.of("/api/v1/organization/persons/a%0Ab", "/api/v1/organization/persons/a;x=1",
                "/api/v1/organization/persons/%2e%2e/admin", "/api/v1/organization/persons/a%25b")) {
            mvc.perform(get(URI.create(path)).with(user("admin")).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(TYPE))
                    .andExpect(jsonPath("$.status").value(400));
        }
        mvc.perform(get(URI.create("/api/v1/organization/persons/a%0Ab")).with(user("admin"))
                        .header("Accept-Language", "fr").accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.title").value("Adresse invalide"));
    }

    /** A GET sent as raw bytes, so the address reaches Tomcat exactly as written (no client re-encodes it). */
    private static String raw(int port, String path, String accept, String language) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nAccept-Language: "
                    + language + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void tomcat_refusals_of_the_address_are_a_problem_for_api_clients_and_a_page_for_browsers() throws Exception {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        List<WebServerFactoryCustomizer> customizers = new ArrayList<>(
                context.getBeansOfType(WebServerFactoryCustomizer.class).values());
        AnnotationAwareOrderComparator.sort(customizers);
        for (WebServerFactoryCustomizer customizer : customizers) {
            try {
                customizer.customize(factory);
            } catch (ClassCastException notForTomcatServlet) {
                // a customizer of another kind of factory
            }
        }
        factory.setPort(0);
        WebServer server = factory.getWebServer(servletContext -> servletContext.addServlet("ok", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.getWriter().write("ok");
            }
        }).addMapping("/*"));
        server.start();
        try {
            int port = server.getPort();
            assertThat(raw(port, "/api/v1/organization/persons/x", "application/json", "en")).startsWith("HTTP/1.1 200");
            for (String path : List.of("/api/v1/organization/persons/%00", "/api/v1/organization/persons/a%zzb")) {
                String api = raw(port, path, "application/json", "en");
                assertThat(api).as(path).startsWith("HTTP/1.1 400")
                        .containsIgnoringCase("Content-Type: application/problem+json")
                        .contains("\"type\":\"" + TYPE + "\"").contains("\"status\":400")
                        .doesNotContain("Apache Tomcat");
            }
            String page = raw(port, "/organization/units/%00", "text/html", "fr");
            assertThat(page).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html")
                    .contains("Adresse invalide").contains("href=\"/\"").doesNotContain("Apache Tomcat");
        } finally {
            server.stop();
        }
    }
}
