package dk.punkt.oparl.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OParl 1.1 API: read-only, anonymous, public content only. Objects and lists are read from the ledger, which is
 * refreshed first when it may be behind. Every answer is {@code application/json} in UTF-8; errors are OParl Error
 * objects ({@link OparlErrors}).
 */
@RestController
class OparlController {

    private static final String[] FILTERS = {"created_since", "created_until", "modified_since", "modified_until"};

    private final OparlLedger ledger;
    private final OparlRefresh refresh;
    private final OparlLinks links;
    private final OparlSettings settings;
    private final ObjectMapper json;

    OparlController(
            OparlLedger ledger, OparlRefresh refresh, OparlLinks links, OparlSettings settings, ObjectMapper json) {
        this.ledger = ledger;
        this.refresh = refresh;
        this.links = links;
        this.settings = settings;
        this.json = json;
    }

    @GetMapping(OparlLinks.PREFIX + "/system")
    ResponseEntity<JsonNode> system() {
        return object(OparlType.SYSTEM, "1");
    }

    @GetMapping(OparlLinks.PREFIX + "/body")
    ResponseEntity<JsonNode> bodies(@RequestParam Map<String, String> params) {
        return list(OparlType.BODY, links.bodies(), params);
    }

    @GetMapping(OparlLinks.PREFIX + "/body/{key}/{list}")
    ResponseEntity<JsonNode> bodyList(
            @PathVariable String key, @PathVariable String list, @RequestParam Map<String, String> params) {
        OparlType type = OparlType.ofPath(list)
                .filter(t -> t != OparlType.SYSTEM && t != OparlType.BODY)
                .filter(t -> key.equals(OparlLinks.BODY_KEY))
                .orElseThrow(() -> new OparlNotFound("No list " + list + " of body " + key));
        return list(type, links.list(type), params);
    }

    @GetMapping(OparlLinks.PREFIX + "/{type}/{key}")
    ResponseEntity<JsonNode> single(@PathVariable String type, @PathVariable String key) {
        OparlType oparlType =
                OparlType.ofPath(type).orElseThrow(() -> new OparlNotFound("No object type " + type + " in OParl"));
        return object(oparlType, key);
    }

    /** Anything else under /oparl is an OParl 404, not the Danish HTML error page. */
    @GetMapping({"/oparl", "/oparl/**"})
    ResponseEntity<JsonNode> unknown() {
        throw new OparlNotFound("No such OParl address; start at " + links.system());
    }

    private ResponseEntity<JsonNode> object(OparlType type, String key) {
        refresh.refreshIfStale();
        String body =
                ledger.find(type, key).orElseThrow(() -> new OparlNotFound("No " + type.path() + " with id " + key));
        return ok(read(body));
    }

    private ResponseEntity<JsonNode> list(OparlType type, String url, Map<String, String> params) {
        int page = number(params, "page", 1, Integer.MAX_VALUE, 1);
        int size = number(params, "limit", 1, settings.pageSize(), settings.pageSize());
        Map<String, String> kept = new LinkedHashMap<>();
        Instant[] dates = new Instant[FILTERS.length];
        for (int i = 0; i < FILTERS.length; i++) {
            String value = params.get(FILTERS[i]);
            if (value != null && !value.isBlank()) {
                // A '+' of an offset that the client did not encode arrives as a space.
                value = value.strip().replace(' ', '+');
                dates[i] = OparlTimes.parse(FILTERS[i], value);
                kept.put(FILTERS[i], value);
            }
        }
        if (params.containsKey("limit")) {
            kept.put("limit", String.valueOf(size));
        }
        refresh.refreshIfStale();
        OparlLedger.Page found =
                ledger.list(type, new OparlLedger.Filter(dates[0], dates[1], dates[2], dates[3]), page, size);
        long totalPages = Math.max(1, (found.total() + size - 1) / size);

        ObjectNode result = json.createObjectNode();
        ArrayNode data = result.putArray("data");
        found.bodies().forEach(body -> data.add(read(body)));
        ObjectNode pagination = result.putObject("pagination");
        pagination.put("totalElements", found.total());
        pagination.put("elementsPerPage", size);
        pagination.put("currentPage", page);
        pagination.put("totalPages", totalPages);
        ObjectNode pageLinks = result.putObject("links");
        pageLinks.put("first", pageUrl(url, kept, 1));
        if (page > 1) {
            pageLinks.put("prev", pageUrl(url, kept, Math.min(page - 1, totalPages)));
        }
        pageLinks.put("self", pageUrl(url, kept, page));
        if (page < totalPages) {
            pageLinks.put("next", pageUrl(url, kept, page + 1));
        }
        pageLinks.put("last", pageUrl(url, kept, totalPages));
        return ok(result);
    }

    /** A page's address keeps the filters (and a limit the client chose); page 1 is the list's own address. */
    private static String pageUrl(String url, Map<String, String> kept, long page) {
        StringBuilder query = new StringBuilder();
        kept.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (page > 1) {
            query.append(query.isEmpty() ? "?" : "&").append("page=").append(page);
        }
        return url + query;
    }

    private static int number(Map<String, String> params, String name, int min, int max, int fallback) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw new OparlBadRequest(
                        "Parameter " + name + " must be from " + min + " to " + max + ", not " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new OparlBadRequest("Parameter " + name + " is not a whole number: '" + value + "'");
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The OParl ledger holds an unreadable object", e);
        }
    }

    private static ResponseEntity<JsonNode> ok(JsonNode body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
