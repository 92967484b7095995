package dk.punkt.oparl.internal;

import java.util.Arrays;
import java.util.Optional;

/** The OParl object types Punkt serves, with their path segment and schema type URL. */
enum OparlType {
    SYSTEM("system", "System"),
    BODY("body", "Body"),
    ORGANIZATION("organization", "Organization"),
    PERSON("person", "Person"),
    MEMBERSHIP("membership", "Membership"),
    MEETING("meeting", "Meeting"),
    AGENDA_ITEM("agendaItem", "AgendaItem"),
    PAPER("paper", "Paper"),
    CONSULTATION("consultation", "Consultation"),
    FILE("file", "File"),
    LOCATION("location", "Location"),
    LEGISLATIVE_TERM("legislativeTerm", "LegislativeTerm");

    static final String SCHEMA = "https://schema.oparl.org/1.1/";

    private final String path;
    private final String schemaName;

    OparlType(String path, String schemaName) {
        this.path = path;
        this.schemaName = schemaName;
    }

    String path() {
        return path;
    }

    String schemaType() {
        return SCHEMA + schemaName;
    }

    static Optional<OparlType> ofPath(String path) {
        return Arrays.stream(values()).filter(type -> type.path.equals(path)).findFirst();
    }
}
