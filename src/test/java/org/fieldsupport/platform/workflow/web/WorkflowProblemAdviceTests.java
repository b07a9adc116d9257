package org.fieldsupport.platform.workflow.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fieldsupport.platform.api.Problems;
import org.fieldsupport.platform.workflow.IllegalTransitionException;
import org.fieldsupport.platform.workflow.StaleTransitionException;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The kit's refusals over the API: a stale transition is 409 with the current state, an illegal one 422. */
@IntegrationTest
class WorkflowProblemAdviceTests {

    @RestController
    static class Moves {
        @PostMapping("/api/v1/test/moves/{what}")
        String move(@PathVariable String what) {
            if (what.equals("stale")) {
                throw new StaleTransitionException("APPROVED", 3L);
            }
            throw new IllegalTransitionException("platform.workflow.refused.transition", "DRAFT", "DRAFT", "APPROVED");
        }
    }

    @Autowired
    Problems problems;

    @Test
    void a_stale_move_is_409_with_the_current_state_and_an_illegal_one_422_in_the_readers_language() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Moves())
                .setControllerAdvice(new WorkflowProblemAdvice(problems)).build();

        mvc.perform(post("/api/v1/test/moves/stale").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentState").value("APPROVED"))
                .andExpect(jsonPath("$.currentVersion").value(3))
                .andExpect(jsonPath("$.code").value("platform.workflow.stale"));
        mvc.perform(post("/api/v1/test/moves/illegal").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.currentState").value("DRAFT"));
    }
}
