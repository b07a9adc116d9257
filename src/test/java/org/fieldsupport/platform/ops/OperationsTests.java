package org.fieldsupport.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

    @Autowired MockMvc mvc;
    @Value("${server.shutdown}") String shutdown;

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMINISTRATOR");
    }

    @Test
    void health_reports_up_with_the_database() throws Exception {
        mvc.perform(get("/actuator/health").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void prometheus_metrics_and_info_are_served() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/info").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.app.name").value("Field Support Platform"));
        mvc.perform(get("/actuator/metrics/jvm.memory.used").with(admin()))
                .andExpect(status().isOk());
    }

    @Test
    void log_lines_written_during_a_request_carry_its_request_id(CapturedOutput output) throws Exception {
        mvc.perform(get("/api/v1/test/problems/broken").with(user("clerk")).header(RequestIds.HEADER, "trace-me-4711"));
        assertThat(output.getAll()).contains("[trace-me-4711]");
    }

    @Test
    void requests_are_timed_but_not_each_security_filter(
            @Autowired io.micrometer.core.instrument.MeterRegistry meters) throws Exception {
        mvc.perform(get("/api/v1/platform/me").with(admin())).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(admin())).andExpect(status().isOk());
        assertThat(meters.getMeters()).extracting(m -> m.getId().getName())
                .contains("http.server.requests")
                .noneMatch(name -> name.startsWith("spring.security"));
    }

    @Test
    void shutdown_is_graceful() {
        assertThat(shutdown).isEqualTo("graceful");
    }
}
