package dk.punkt.oparl;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The OParl 1.1 object schemas (test resources {@code oparl/schema}) as a validator. The spec's schemas mark embedded
 * objects with its own key {@code "schema": "File.json"}, not {@code $ref}, so embedded objects are checked here one
 * by one against their own schema; and {@code created}/{@code modified}, which every object must carry, are checked
 * against the exact OParl date-time form.
 */
final class OparlSchemas {

    static final String TYPE_PREFIX = "https://schema.oparl.org/1.1/";
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");

    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private final Map<String, JsonNode> raw = new HashMap<>();

    OparlSchemas(com.fasterxml.jackson.databind.ObjectMapper json) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        for (String name : List.of(
                "System",
                "Body",
                "Organization",
                "Person",
                "Membership",
                "Meeting",
                "AgendaItem",
                "Paper",
                "Consultation",
                "File",
                "Location",
                "LegislativeTerm")) {
            try (InputStream in = OparlSchemas.class.getResourceAsStream("/oparl/schema/" + name + ".json")) {
                JsonNode schema = json.readTree(in);
                raw.put(name, schema);
                schemas.put(name, factory.getSchema(schema));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every problem of {@code object} (and the objects it embeds), each naming where; empty when it is valid. */
    List<String> problems(JsonNode object, String where) {
        List<String> problems = new ArrayList<>();
        check(object, where, problems);
        return problems;
    }

    private void check(JsonNode object, String where, List<String> problems) {
        String type = object.path("type").asText("");
        if (!type.startsWith(TYPE_PREFIX)) {
            problems.add(where + ": type is not an OParl 1.1 type: '" + type + "'");
            return;
        }
        String name = type.substring(TYPE_PREFIX.length());
        JsonSchema schema = schemas.get(name);
        if (schema == null) {
            problems.add(where + ": no schema for type " + name);
            return;
        }
        for (ValidationMessage message : schema.validate(object)) {
            problems.add(where + " (" + name + "): " + message.getMessage());
        }
        for (String field : List.of("created", "modified")) {
            String value = object.path(field).asText("");
            if (!DATE_TIME.matcher(value).matches()) {
                problems.add(
                        where + " (" + name + "): " + field + " is not yyyy-mm-ddThh:mm:ss±hh:mm: '" + value + "'");
            }
        }
        if (object.path("deleted").asBoolean(false)) {
            return;
        }
        // Embedded objects, as the spec's own "schema" key declares them.
        JsonNode properties = raw.get(name).path("properties");
        properties.fields().forEachRemaining(property -> {
            JsonNode declared = property.getValue();
            JsonNode value = object.get(property.getKey());
            if (value == null) {
                return;
            }
            if (declared.has("schema") && "object".equals(declared.path("type").asText())) {
                check(value, where + "." + property.getKey(), problems);
            } else if ("array".equals(declared.path("type").asText())
                    && declared.path("items").has("schema")
                    && "object".equals(declared.path("items").path("type").asText())) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), where + "." + property.getKey() + "[" + i + "]", problems);
                }
            }
        });
    }
}
