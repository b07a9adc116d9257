package org.fieldsupport.ict.infra;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** JSON calls as a demo user (ict.planner, ciso, ictchief.minusca, ictchief.unmiss), in English unless told. */
final class IctInfraCalls {

    static final String PLANNER = "ict.planner";
    static final String CISO = "ciso";
    static final String MINUSCA = "ictchief.minusca";
    static final String UNMISS = "ictchief.unmiss";

    private final MockMvc mvc;

    IctInfraCalls(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions post(String who, String path, String json) throws Exception {
        return post(who, path, json, "en");
    }

    ResultActions post(String who, String path, String json, String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(user(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).header("Accept-Language", language).content(json));
    }

    ResultActions get(String who, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(who)).accept(MediaType.APPLICATION_JSON));
    }

    ResultActions page(String who, String path, String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(who)).header("Accept-Language", language));
    }

    static long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    static long id(ResultActions r, String path) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
