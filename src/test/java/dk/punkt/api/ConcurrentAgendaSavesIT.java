package dk.punkt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.punkt.accounts.AccountService;
import java.util.ArrayList;
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
 * Twenty secretaries save the same meeting's agenda at once, each from the version they read: one save lands, the
 * others are told (409) and nothing is overwritten unnoticed.
 */
@SpringBootTest(properties = ApiSupport.OWN_DATABASE)
@AutoConfigureMockMvc
class ConcurrentAgendaSavesIT {

    private static final int WRITERS = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AccountService accounts;

    @Test
    void twentyConcurrentSavesFromOneVersionEitherLandOrAreRefusedWith409() throws Exception {
        ApiSupport api = new ApiSupport(mvc, json);
        String admin = ApiSupport.createAdmin(accounts);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long committee = 0;
        for (JsonNode c : api.body(api.get(admin, "/api/v1/committees"))) {
            if (c.get("name").asText().equals("Chefforum")) {
                committee = c.get("id").asLong();
            }
        }
        long meeting = api.body(
                        api.post(admin, "/api/v1/meetings", Map.of("committeeId", committee, "date", "2031-11-06")))
                .get("id")
                .asLong();
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            long id = api.body(api.post(
                            admin,
                            "/api/v1/items",
                            ApiSupport.item(committee, meeting, "Samtidig " + i + " " + tag, 5, false, "Tekst " + i)))
                    .get("id")
                    .asLong();
            api.post(admin, "/api/v1/items/" + id + "/submit", null);
            api.post(admin, "/api/v1/items/" + id + "/approve", null);
            items.add(id);
        }
        // The first assembly creates the standing items; the race is about the version after it.
        long version = api.body(api.put(admin, "/api/v1/meetings/" + meeting + "/agenda", Map.of("rows", List.of())))
                .get("version")
                .asLong();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> saves = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            long item = items.get(i);
            saves.add(pool.submit(() -> {
                start.await();
                return api.put(
                        ApiSupport.SECRETARY,
                        "/api/v1/meetings/" + meeting + "/agenda",
                        Map.of("rows", List.of(Map.of("itemId", item), Map.of("pause", 5)), "version", version));
            }));
        }
        start.countDown();
        List<Long> landed = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < WRITERS; i++) {
            MvcResult result = saves.get(i).get(60, TimeUnit.SECONDS);
            int status = result.getResponse().getStatus();
            assertThat(status)
                    .as("save %d: %s", i, result.getResponse().getContentAsString())
                    .isIn(200, 409);
            if (status == 200) {
                landed.add(items.get(i));
            } else {
                refused++;
                assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            }
        }
        pool.shutdown();
        assertThat(landed).as("exactly one save from the same version lands").hasSize(1);
        assertThat(refused).isEqualTo(WRITERS - 1);

        JsonNode after = api.body(api.get(admin, "/api/v1/meetings/" + meeting));
        assertThat(after.get("version").asLong()).isGreaterThan(version);
        List<Long> onAgenda = new ArrayList<>();
        after.get("items").forEach(item -> onAgenda.add(item.get("id").asLong()));
        assertThat(onAgenda).hasSize(3).contains(landed.get(0));
        // The refused saves left no trace: their items are still only approved.
        for (long item : items) {
            if (item != landed.get(0)) {
                assertThat(api.body(api.get(admin, "/api/v1/items/" + item))
                                .get("state")
                                .asText())
                        .isEqualTo("GODKENDT");
            }
        }
    }
}
