package org.fieldsupport.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * OIDC login switched on by configuration, against a stub issuer (a JDK HTTP server serving the
 * discovery document and a JWKS). The one extra Spring context of the suite for security.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OidcLoginTests {

    private static final HttpServer ISSUER = startIssuer();

    @Autowired MockMvc mvc;

    static String issuer() {
        return "http://127.0.0.1:" + ISSUER.getAddress().getPort();
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("fsp.security.oidc.enabled", () -> "true");
        registry.add("spring.security.oauth2.client.registration.oidc.client-id", () -> "field-support");
        registry.add("spring.security.oauth2.client.registration.oidc.client-secret", () -> "stub-secret");
        registry.add("spring.security.oauth2.client.registration.oidc.scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider.oidc.issuer-uri", OidcLoginTests::issuer);
    }

    @AfterAll
    static void stop() {
        ISSUER.stop(0);
    }

    @Test
    void the_login_page_offers_the_organisation_account_button() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/oauth2/authorization/oidc")));
    }

    @Test
    void signing_in_with_oidc_redirects_to_the_issuers_authorization_endpoint() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/oidc"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        URI target = URI.create(location);
        assertThat(location).startsWith(issuer() + "/authorize?");
        assertThat(target.getQuery()).contains("client_id=field-support").contains("response_type=code")
                .contains("scope=openid");
    }

    private static HttpServer startIssuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/.well-known/openid-configuration", exchange -> {
                String base = "http://127.0.0.1:" + server.getAddress().getPort();
                respond(exchange, """
                        {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                         "jwks_uri":"%1$s/jwks","userinfo_endpoint":"%1$s/userinfo",
                         "response_types_supported":["code"],"subject_types_supported":["public"],
                         "id_token_signing_alg_values_supported":["RS256"],
                         "scopes_supported":["openid","profile","email"]}""".formatted(base));
            });
            server.createContext("/jwks", exchange -> respond(exchange, jwks()));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwks() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            return """
                    {"keys":[{"kty":"RSA","kid":"stub","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}"""
                    .formatted(b64.encodeToString(unsigned(key.getModulus().toByteArray())),
                            b64.encodeToString(key.getPublicExponent().toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
