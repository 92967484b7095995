package dk.punkt.oparl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.punkt.publishing.PdfUa;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Walks the whole OParl API from {@code /oparl/v1/system} as a client would: every object and list it links to, every
 * page of every list, every file. Each object is checked against the OParl 1.1 schemas; no closed content may appear
 * anywhere; and the walk reaches the minutes PDF of a published meeting.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OparlWalkIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationContext context;

    @Test
    void aClientWalksEverythingFromSystemAndFindsOnlyPublicContent() throws Exception {
        OparlFixtures fixtures = OparlFixtures.of(context);
        OparlFixtures.Published published = fixtures.publishedMeeting(LocalDate.of(2027, 3, 4), true);
        OparlClient client = new OparlClient(mvc, json);
        OparlSchemas schemas = new OparlSchemas(json);
        String api = OparlClient.BASE + "/oparl/v1/";

        Deque<String> queue = new ArrayDeque<>(List.of(client.system()));
        Set<String> visited = new HashSet<>();
        Map<String, JsonNode> objects = new HashMap<>();
        Set<String> fileUrls = new HashSet<>();
        List<String> problems = new ArrayList<>();
        StringBuilder everything = new StringBuilder();
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (!visited.add(url)) {
                continue;
            }
            JsonNode node = client.json(url);
            everything.append(node).append('\n');
            if (node.has("data")) {
                checkListPage(url, node, problems);
                for (JsonNode object : node.get("data")) {
                    problems.addAll(schemas.problems(object, url));
                    objects.put(object.get("id").asText(), object);
                    collect(object, api, queue, fileUrls);
                }
                node.get("links").forEach(link -> queue.add(link.asText()));
            } else {
                problems.addAll(schemas.problems(node, url));
                assertThat(node.path("id").asText())
                        .as("id of the object at %s", url)
                        .isEqualTo(url);
                objects.put(url, node);
                collect(node, api, queue, fileUrls);
            }
        }
        // For reading as a client developer would: every object the walk met, in target/oparl-walk.json.
        java.nio.file.Files.writeString(
                java.nio.file.Path.of("target", "oparl-walk.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(objects));
        assertThat(problems).isEmpty();

        // Structure the spec asks for beyond the schemas.
        JsonNode system = objects.get(client.system());
        assertThat(system.get("oparlVersion").asText()).isEqualTo("https://schema.oparl.org/1.1/");
        JsonNode body = objects.get(api + "body/1");
        for (String list : List.of(
                "organization",
                "person",
                "meeting",
                "paper",
                "agendaItem",
                "consultation",
                "file",
                "membership",
                "locationList",
                "legislativeTermList")) {
            assertThat(body.path(list).asText()).as("body list %s", list).startsWith(api);
        }
        assertThat(body.get("system").asText()).isEqualTo(client.system());
        objects.values().stream()
                .filter(o -> o.path("type").asText().endsWith("/AgendaItem"))
                .forEach(item -> assertThat(item.has("meeting")).isTrue());
        objects.values().stream()
                .filter(o -> o.path("type").asText().endsWith("/Membership"))
                .forEach(membership -> assertThat(membership.has("person")).isTrue());

        // The published meeting of the test, reached through body → meeting list.
        String meetingUrl = api + "meeting/" + published.meeting().id();
        JsonNode meeting = objects.get(meetingUrl);
        assertThat(meeting).as("the walk reached %s", meetingUrl).isNotNull();
        assertThat(meeting.get("start").asText()).isEqualTo("2027-03-04T09:00:00+01:00");
        assertThat(meeting.get("cancelled").asBoolean()).isFalse();
        assertThat(meeting.get("location").get("description").asText()).isEqualTo("915");
        JsonNode agendaItems = meeting.get("agendaItem");
        assertThat(agendaItems).hasSizeGreaterThanOrEqualTo(2);
        JsonNode openItem = find(agendaItems, "Åbent OParl-testpunkt");
        JsonNode closedItem = find(agendaItems, "Lukket OParl-testpunkt");
        assertThat(openItem.get("public").asBoolean()).isTrue();
        assertThat(openItem.get("result").asText()).isEqualTo("Godkendt");
        assertThat(openItem.get("resolutionText").asText()).isEqualTo("Indstillingen blev godkendt.");
        assertThat(openItem.get("auxiliaryFile")).hasSize(1);
        assertThat(closedItem.get("public").asBoolean()).isFalse();
        assertThat(closedItem.has("resolutionText")).isFalse();
        assertThat(closedItem.has("result")).isFalse();
        assertThat(closedItem.has("auxiliaryFile")).isFalse();
        assertThat(closedItem.get("consultation").asText()).startsWith(api + "consultation/");
        assertThat(objects).containsKey(api + "paper/00.01.00-P35-7-23");
        assertThat(meeting.get("invitation").get("accessUrl").asText()).startsWith(OparlClient.BASE + "/offentlig/");

        // No closed content anywhere: not the closed item's text, decision or appendix, not the closed appendix.
        String all = everything.toString();
        assertThat(all).doesNotContain(published.secret());
        assertThat(all).doesNotContain("/bilag/" + published.closedAppendix().id() + "\"");
        assertThat(all)
                .doesNotContain("/bilag/" + published.closedItemAppendix().id() + "\"");
        assertThat(all).doesNotContain("Bilag 3 personale");
        assertThat(all).doesNotContain("@punkt.example");
        assertThat(all).contains("/bilag/" + published.openAppendix().id());

        // Every file is there for anyone; the minutes PDF is the real document.
        for (String fileUrl : fileUrls) {
            MockHttpServletResponse file = client.fetch(fileUrl);
            assertThat(file.getStatus()).as("anonymous GET %s", fileUrl).isEqualTo(200);
            assertThat(file.getContentAsByteArray()).isNotEmpty();
        }
        String minutesUrl = meeting.get("resultsProtocol").get("accessUrl").asText();
        byte[] pdf = client.fetch(minutesUrl).getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(PdfUa.failures(pdf)).as("veraPDF PDF/UA-1 of %s", minutesUrl).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Indholdsfortegnelse").contains("Punkt 1").doesNotContain(published.secret());
        }
        byte[] appendix = client.fetch(
                        OparlClient.BASE + "/bilag/" + published.openAppendix().id())
                .getContentAsByteArray();
        assertThat(new String(appendix, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
    }

    private static JsonNode find(JsonNode agendaItems, String name) {
        for (JsonNode item : agendaItems) {
            if (name.equals(item.path("name").asText())) {
                return item;
            }
        }
        throw new AssertionError("No agenda item named " + name + " in " + agendaItems);
    }

    /** A list page: data, pagination and links always; next on every page but the last. */
    private static void checkListPage(String url, JsonNode page, List<String> problems) {
        for (String field : List.of("data", "pagination", "links")) {
            if (!page.has(field)) {
                problems.add(url + ": list page without " + field);
            }
        }
        JsonNode pagination = page.path("pagination");
        long current = pagination.path("currentPage").asLong();
        long total = pagination.path("totalPages").asLong();
        if (current < total && !page.path("links").has("next")) {
            problems.add(url + ": page " + current + " of " + total + " without links.next");
        }
        if (page.path("data").size() > pagination.path("elementsPerPage").asLong()) {
            problems.add(url + ": more objects than elementsPerPage");
        }
    }

    /** Every OParl URL an object names (objects, lists), and every file's accessUrl, to visit later. */
    private static void collect(JsonNode node, String api, Deque<String> queue, Set<String> fileUrls) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                if (value.isTextual()) {
                    String text = value.asText();
                    if (text.startsWith(api)) {
                        queue.add(text);
                    } else if (field.getKey().equals("accessUrl")
                            || field.getKey().equals("downloadUrl")) {
                        fileUrls.add(text);
                    }
                } else {
                    collect(value, api, queue, fileUrls);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, api, queue, fileUrls));
        }
    }
}
