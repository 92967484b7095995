package dk.punkt.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The done-when checks of issue 7 against the demo data, through the JSON API. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private JsonNode search(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private JsonNode anonymous(String query) throws Exception {
        return search(get("/api/v1/search").param("q", query));
    }

    private JsonNode as(String user, String query) throws Exception {
        return search(get("/api/v1/search").param("q", query).with(httpBasic(user, "demo")));
    }

    @Test
    void theCorpusWordsAreFoundAnonymously() throws Exception {
        for (String word : new String[] {"budget", "budgetforslag", "forslag", "tidsregistreringen", "registrering"}) {
            JsonNode result = anonymous(word);
            assertThat(result.get("total").asLong()).as(word).isPositive();
            JsonNode hit = result.get("hits").get(0);
            assertThat(hit.get("title").asText()).isNotBlank();
            assertThat(hit.get("url").asText()).startsWith("/offentlig/moeder/");
            assertThat(hit.get("date").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
        }
    }

    @Test
    void forslagFindsTheBudgetforslagWithTheWordMarked() throws Exception {
        JsonNode result = anonymous("forslag");
        StringBuilder snippets = new StringBuilder();
        result.get("hits").forEach(hit -> snippets.append(hit.path("snippet").asText()));
        assertThat(snippets.toString()).contains("<mark>");
        JsonNode compound = anonymous("budgetforslag");
        assertThat(result.get("total").asLong())
                .isGreaterThanOrEqualTo(compound.get("total").asLong());
    }

    @Test
    void aClosedItemsTextIsFoundOnlyByThoseWithAccess() throws Exception {
        assertThat(anonymous("demoindhold").get("total").asLong()).isZero();
        assertThat(as("medarbejder", "demoindhold").get("total").asLong()).isZero();
        JsonNode member = as("medlem", "demoindhold");
        assertThat(member.get("total").asLong()).isEqualTo(1);
        assertThat(member.get("hits").get(0).get("snippet").asText()).contains("<mark>Demoindhold</mark>");
        assertThat(as("sekretaer", "demoindhold").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aClosedItemsTitleIsPublicButNotItsText() throws Exception {
        JsonNode result = anonymous("personalesag");
        assertThat(result.get("total").asLong()).isEqualTo(1);
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("closed").asBoolean()).isTrue();
        assertThat(hit.path("snippet").isNull() || hit.path("snippet").isMissingNode())
                .as(hit.toString())
                .isTrue();
    }

    @Test
    void facetsAndFiltersNarrowTheHits() throws Exception {
        JsonNode all = anonymous("forslag");
        JsonNode years = all.get("facets").get("year");
        assertThat(years).isNotEmpty();
        String year = years.get(0).get("key").asText();
        long count = years.get(0).get("count").asLong();
        JsonNode filtered = search(get("/api/v1/search").param("q", "forslag").param("year", year));
        assertThat(filtered.get("total").asLong()).isEqualTo(count);
        filtered.get("hits").forEach(hit -> assertThat(hit.get("date").asText()).startsWith(year));
        JsonNode kle = search(get("/api/v1/search").param("caseNumber", "00.01"));
        assertThat(kle.get("total").asLong()).isPositive();
        kle.get("hits")
                .forEach(hit -> assertThat(hit.get("caseNumber").asText()).startsWith("00.01"));
    }

    @Test
    void everyFacetCountIsTheTotalOfItsFilterAndCarriesALabel() throws Exception {
        JsonNode all = search(get("/api/v1/search").param("q", ""));
        JsonNode facets = all.get("facets");
        assertThat(facets.get("committee")).isNotEmpty();
        assertThat(facets.get("year")).isNotEmpty();
        assertThat(facets.get("type")).isNotEmpty();
        assertThat(facets.get("caseNumber")).isNotEmpty();
        assertThat(facets.get("committee").get(0).get("label").asText()).doesNotStartWith("#");
        String[][] parameters = {
            {"committee", "committee"},
            {"year", "year"},
            {"type", "type"},
            {"outcome", "outcome"},
            {"caseNumber", "caseNumber"}
        };
        for (String[] facet : parameters) {
            long sum = 0;
            for (JsonNode value : facets.get(facet[0])) {
                assertThat(value.get("label").asText()).isNotBlank();
                long count = value.get("count").asLong();
                sum += count;
                JsonNode filtered = search(get("/api/v1/search")
                        .param("q", "")
                        .param(facet[1], value.get("key").asText()));
                assertThat(filtered.get("total").asLong())
                        .as("%s=%s", facet[1], value.get("key").asText())
                        .isEqualTo(count);
            }
            if (facet[0].equals("committee") || facet[0].equals("year")) {
                // every item has exactly one committee and one year (type, outcome and case number may be missing)
                assertThat(sum).as(facet[0]).isEqualTo(all.get("total").asLong());
            } else {
                assertThat(sum)
                        .as(facet[0])
                        .isLessThanOrEqualTo(all.get("total").asLong());
            }
        }
    }

    @Test
    void badParametersAreNamed() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/search").param("q", "x").param("sort", "sideways"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("sort");
    }
}
