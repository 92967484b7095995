package dk.punkt.oparl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** An anonymous OParl client over MockMvc: it follows absolute URLs under the public base URL. */
record OparlClient(MockMvc mvc, String base, ObjectMapper json) {

    static final String BASE = "http://localhost:8080";

    OparlClient(MockMvc mvc, ObjectMapper json) {
        this(mvc, BASE, json);
    }

    String system() {
        return base + "/oparl/v1/system";
    }

    MockHttpServletResponse fetch(String url) throws Exception {
        assertThat(url).as("every URL is absolute under the public base URL").startsWith(base + "/");
        URI uri = URI.create(url);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return mvc.perform(get(URI.create(path))).andReturn().getResponse();
    }

    /** GET as JSON: status 200, application/json, CORS open; the parsed body. */
    JsonNode json(String url) throws Exception {
        MockHttpServletResponse response = fetch(url);
        assertThat(response.getStatus()).as("status of %s", url).isEqualTo(200);
        assertThat(response.getContentType()).as("type of %s", url).startsWith("application/json");
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
