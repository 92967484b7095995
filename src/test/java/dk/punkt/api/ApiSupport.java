package dk.punkt.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.NewAccount;
import dk.punkt.accounts.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls the JSON API through MockMvc with HTTP Basic, as a script would. */
final class ApiSupport {

    /**
     * A property only these tests set: their application context, and so their database, is their own. They add
     * Chefforum meetings in every state, which tests that pick "the" published demo meeting must not see.
     */
    static final String OWN_DATABASE = "punkt.test.context=api";

    static final String SECRETARY = "sekretaer";
    static final String RECOMMENDER = "indstiller";
    static final String AUTHOR = "sagsbehandler";
    static final String MEMBER = "medlem";
    static final String EMPLOYEE = "medarbejder";
    static final String DEMO_PASSWORD = "demo";
    static final String ADMIN_PASSWORD = "admin-secret";

    private final MockMvc mvc;
    private final ObjectMapper json;

    ApiSupport(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** A fresh user with the ADMIN role (the bootstrap admin's password is random). */
    static String createAdmin(AccountService accounts) {
        String name = "api-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(name, "API-administrator", ADMIN_PASSWORD, EnumSet.of(Role.ADMIN)));
        return name;
    }

    MvcResult call(String user, MockHttpServletRequestBuilder request) throws Exception {
        String password = user.startsWith("api-admin-") ? ADMIN_PASSWORD : DEMO_PASSWORD;
        return mvc.perform(request.with(httpBasic(user, password))).andReturn();
    }

    MvcResult get(String user, String path) throws Exception {
        return call(user, MockMvcRequestBuilders.get(path));
    }

    MvcResult post(String user, String path, Object body) throws Exception {
        return call(user, withBody(MockMvcRequestBuilders.post(path), body));
    }

    MvcResult put(String user, String path, Object body) throws Exception {
        return call(user, withBody(MockMvcRequestBuilders.put(path), body));
    }

    MvcResult anonymousGet(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)).andReturn();
    }

    JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, Object body)
            throws Exception {
        if (body == null) {
            return request;
        }
        return request.contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body));
    }

    static Map<String, Object> item(
            long committeeId, Long meetingId, String title, int minutes, boolean closed, String text) {
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        item.put("committeeId", committeeId);
        item.put("meetingId", meetingId);
        item.put("title", title);
        item.put("caseNumber", "00.01.00-P35-9-26");
        item.put("type", "Beslutning");
        item.put("responsible", "Henrik");
        item.put("minutes", minutes);
        item.put("closed", closed);
        item.put("sections", List.of(Map.of("name", "Sagsfremstilling", "text", "<p>" + text + "</p>")));
        item.put("recommendation", Map.of("by", "Kommunaldirektøren", "clauses", List.of("at sagen godkendes")));
        return item;
    }
}
