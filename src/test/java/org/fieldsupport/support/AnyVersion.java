package org.fieldsupport.support;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * {@code PUT}/{@code PATCH} request builders carrying {@code If-Match: *} ("overwrite whatever is current"), for tests
 * about something else than concurrent edits: since API writes require {@code If-Match} (428 without it), those tests
 * import these instead of {@link MockMvcRequestBuilders#put}/{@code patch}. Tests of concurrent edits send real ETags
 * ({@code org.fieldsupport.platform.api.ConcurrentEditsTests}).
 */
public final class AnyVersion {

    private AnyVersion() { }

    public static MockHttpServletRequestBuilder put(String uri, Object... vars) {
        return MockMvcRequestBuilders.put(uri, vars).header("If-Match", "*");
    }

    public static MockHttpServletRequestBuilder patch(String uri, Object... vars) {
        return MockMvcRequestBuilders.patch(uri, vars).header("If-Match", "*");
    }
}
