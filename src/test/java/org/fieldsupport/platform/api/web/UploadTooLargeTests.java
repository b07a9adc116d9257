package org.fieldsupport.platform.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the multipart limits is refused by the multipart resolver before any controller runs (MockMvc
 * never gets there, so the handler is called directly): under /api a localized 413 problem detail, elsewhere the
 * container's error page with status 413.
 */
@IntegrationTest
class UploadTooLargeTests {

    @Autowired ApiRoutingErrors routingErrors;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void an_api_upload_over_the_limit_gets_a_localized_413_problem() throws Exception {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        MockHttpServletRequest request = new MockHttpServletRequest("POST",
                "/api/v1/claims/contingents/1/inspections/1/attachments");
        MockHttpServletResponse response = new MockHttpServletResponse();

        MaxUploadSizeExceededException ex = new MaxUploadSizeExceededException(12L * 1024 * 1024);
        routingErrors.noRoute(ex, request, response);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"status\":413", "Contenu trop volumineux",
                "Le fichier envoyé dépasse la taille acceptée par le serveur.");
    }

    @Test
    void a_screen_upload_over_the_limit_gets_the_error_page_with_413() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/claims/rates/import");
        MockHttpServletResponse response = new MockHttpServletResponse();

        routingErrors.noRoute(new MaxUploadSizeExceededException(12L * 1024 * 1024), request, response);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).isEmpty();
    }
}
