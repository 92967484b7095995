package dk.punkt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.punkt.accounts.AccountService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Twenty authors save the same item at once, each from the version they read: per version exactly one save lands,
 * the others get 409 naming the versions, and the stored text is the one save that was told it landed.
 */
@SpringBootTest(properties = ApiSupport.OWN_DATABASE)
@AutoConfigureMockMvc
class ConcurrentItemSavesIT {

    private static final int WRITERS = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AccountService accounts;

    @Test
    void twentyConcurrentPutsFromOneVersionEitherLandOrAreRefusedWith409() throws Exception {
        ApiSupport api = new ApiSupport(mvc, json);
        String admin = ApiSupport.createAdmin(accounts);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long committee = 0;
        for (JsonNode c : api.body(api.get(admin, "/api/v1/committees"))) {
            if (c.get("name").asText().equals("Chefforum")) {
                committee = c.get("id").asLong();
            }
        }
        JsonNode created = api.body(api.post(
                ApiSupport.AUTHOR,
                "/api/v1/items",
                ApiSupport.item(committee, null, "Samtidigt punkt " + tag, 5, false, "Start")));
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> saves = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Map<String, Object> body = new HashMap<>(
                    ApiSupport.item(committee, null, "Samtidigt punkt " + tag, 5, false, "Skribent " + i));
            body.remove("committeeId");
            body.put("version", version);
            saves.add(pool.submit(() -> {
                start.await();
                return api.put(ApiSupport.AUTHOR, "/api/v1/items/" + id, body);
            }));
        }
        start.countDown();
        List<Integer> landed = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            MvcResult result = saves.get(i).get(60, TimeUnit.SECONDS);
            int status = result.getResponse().getStatus();
            assertThat(status)
                    .as("save %d: %s", i, result.getResponse().getContentAsString())
                    .isIn(200, 409);
            if (status == 200) {
                landed.add(i);
            } else {
                assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
                JsonNode problem = api.body(result);
                assertThat(problem.get("expectedVersion").asLong()).isEqualTo(version);
                assertThat(problem.get("currentVersion").asLong()).isGreaterThan(version);
                assertThat(problem.get("detail").asText()).contains("version " + version);
            }
        }
        pool.shutdown();
        assertThat(landed).as("exactly one save from version %d lands", version).hasSize(1);

        JsonNode after = api.body(api.get(admin, "/api/v1/items/" + id));
        long newVersion = after.get("version").asLong();
        assertThat(newVersion).isGreaterThan(version);
        assertThat(after.get("sections").get(0).get("text").asText()).contains("Skribent " + landed.get(0));

        // A second round from the new version: again exactly one lands.
        Map<String, Object> again =
                new HashMap<>(ApiSupport.item(committee, null, "Samtidigt punkt " + tag, 5, false, "Runde 2"));
        again.put("version", newVersion);
        assertThat(api.put(ApiSupport.AUTHOR, "/api/v1/items/" + id, again)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(api.put(ApiSupport.AUTHOR, "/api/v1/items/" + id, again)
                        .getResponse()
                        .getStatus())
                .isEqualTo(409);
    }

    @Test
    void putWithoutVersionNamesTheField() throws Exception {
        ApiSupport api = new ApiSupport(mvc, json);
        long committee = api.body(api.get(ApiSupport.AUTHOR, "/api/v1/committees"))
                .get(0)
                .get("id")
                .asLong();
        long id = api.body(api.post(
                        ApiSupport.AUTHOR,
                        "/api/v1/items",
                        ApiSupport.item(committee, null, "Uden version", 5, false, "x")))
                .get("id")
                .asLong();
        MvcResult result = api.put(
                ApiSupport.AUTHOR, "/api/v1/items/" + id, ApiSupport.item(committee, null, "Uden", 5, false, "y"));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.body(result).get("field").asText()).isEqualTo("version");
        assertThat(api.put(ApiSupport.MEMBER, "/api/v1/items/" + id, Map.of("version", 0))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
