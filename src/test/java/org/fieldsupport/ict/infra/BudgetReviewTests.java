package org.fieldsupport.ict.infra;

import static org.fieldsupport.ict.infra.IctInfraCalls.CISO;
import static org.fieldsupport.ict.infra.IctInfraCalls.MINUSCA;
import static org.fieldsupport.ict.infra.IctInfraCalls.PLANNER;
import static org.fieldsupport.ict.infra.IctInfraCalls.UNMISS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fieldsupport.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Missions' ICT budget lines: all-or-nothing import with row and column errors, approval or return with comments (9.2.f). */
@IntegrationTest
class BudgetReviewTests {

    @Autowired
    MockMvc mvc;

    IctInfraCalls call;

    @BeforeEach
    void setUp() {
        call = new IctInfraCalls(mvc);
    }

    private ResultActions upload(String who, String csv) throws Exception {
        return mvc.perform(multipart("/api/v1/ict/budget-review/lines/import")
                .file(new MockMultipartFile("file", "lines.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(user(who)).with(csrf()).header("Accept-Language", "en"));
    }

    @Test
    void an_import_is_all_or_nothing_and_names_each_row_and_column() throws Exception {
        String bad = "mission,fiscal_year,line,description,class,amount\n"
                + "MINUSCA,2031,T-1,Good line,COMMUNICATIONS_AND_IT,100.00\n"
                + "MINUSCA,20x1,T-2,Bad year,COMMUNICATIONS_AND_IT,100.00\n"
                + "MINUSCA,2031,T-3,Wrong class,FACILITIES,-5\n"
                + "UNMISS,2031,T-4,Not my mission,COMMUNICATIONS_AND_IT,1\n";
        upload(MINUSCA, bad).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("row 2: fiscal_year", "row 3: class", "row 3: amount", "row 4: mission")));
        call.get(PLANNER, "/api/v1/ict/budget-review/lines?year=2031").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].lineCode", not(hasItem("T-1"))));
        upload(MINUSCA, "mission,line\nMINUSCA,T-9\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("fiscal_year", "description", "class", "amount")));
        upload(CISO, bad).andExpect(status().isForbidden());
    }

    @Test
    void headquarters_approves_or_returns_with_a_comment_and_the_mission_resubmits() throws Exception {
        String good = "mission,fiscal_year,line,description,class,amount\n"
                + "MINUSCA,2032,T-1,Transponder,COMMUNICATIONS_AND_IT,1000.00\n"
                + "MINUSCA,2032,T-2,Laptops,COMMUNICATIONS_AND_IT,500.00\n";
        upload(MINUSCA, good).andExpect(status().isOk());
        String lines = call.get(MINUSCA, "/api/v1/ict/budget-review/lines?mission=MINUSCA&year=2032").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long t1 = ((Number) JsonPath.<List<Object>>read(lines, "$[?(@.lineCode == 'T-1')].id").get(0)).longValue();
        long t2 = ((Number) JsonPath.<List<Object>>read(lines, "$[?(@.lineCode == 'T-2')].id").get(0)).longValue();
        call.post(MINUSCA, "/api/v1/ict/budget-review/lines/" + t1 + "/review", "{\"decision\": \"APPROVE\"}").andExpect(status().isForbidden());
        call.post(PLANNER, "/api/v1/ict/budget-review/lines/" + t2 + "/review", "{\"decision\": \"RETURN\"}", "fr")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Commentaire")));
        call.post(PLANNER, "/api/v1/ict/budget-review/lines/" + t1 + "/review", "{\"decision\": \"APPROVE\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED")).andExpect(jsonPath("$.reviewedBy").value(PLANNER));
        call.post(PLANNER, "/api/v1/ict/budget-review/lines/" + t2 + "/review", "{\"decision\": \"RETURN\", \"comment\": \"Too many laptops\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RETURNED"));
        call.post(PLANNER, "/api/v1/ict/budget-review/lines/" + t2 + "/review", "{\"decision\": \"APPROVE\"}")
                .andExpect(status().isUnprocessableContent());
        upload(MINUSCA, good).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("row 1: line")));
        upload(MINUSCA, "mission,fiscal_year,line,description,class,amount\nMINUSCA,2032,T-2,Laptops (fewer),COMMUNICATIONS_AND_IT,300.00\n")
                .andExpect(status().isOk()).andExpect(jsonPath("$.replaced").value(1));
        call.get(UNMISS, "/api/v1/ict/budget-review/lines").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].missionCode", not(hasItem("MINUSCA"))));
        call.page(PLANNER, "/ict/budget-review", "fr").andExpect(status().isOk())
                .andExpect(content().string(containsString("Renvoyée"))).andExpect(content().string(containsString("Transponder")));
        call.page(UNMISS, "/ict/budget-review", "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("Please resubmit")));
    }
}
