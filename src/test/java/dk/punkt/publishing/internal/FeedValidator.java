package dk.punkt.publishing.internal;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Strict checks of the feeds against their RFCs, written out rule by rule (no feed library on the classpath): each
 * method returns the violations found, one line each, so a test can assert that there are none and show them all.
 */
public final class FeedValidator {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    /** RFC 3339 date-time as RFC 4287 3.3 requires it: full date, time, seconds and a zone. */
    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private FeedValidator() {}

    /** RFC 4287: the feed and entry elements' required children and their cardinality. */
    public static List<String> atom(String xml) throws Exception {
        List<String> problems = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        if (!ATOM.equals(feed.getNamespaceURI()) || !"feed".equals(feed.getLocalName())) {
            problems.add("root is not atom:feed");
            return problems;
        }
        exactlyOne(feed, "id", "feed", problems);
        exactlyOne(feed, "title", "feed", problems);
        exactlyOne(feed, "updated", "feed", problems);
        iri(text(feed, "id"), "feed id", problems);
        date(text(feed, "updated"), "feed updated", problems);
        boolean feedAuthor = !children(feed, "author").isEmpty();
        for (Element author : children(feed, "author")) {
            exactlyOne(author, "name", "feed author", problems);
        }
        links(feed, "feed", problems);
        long selfLinks = children(feed, "link").stream()
                .filter(link -> "self".equals(link.getAttribute("rel")))
                .count();
        if (selfLinks != 1) {
            problems.add("feed has " + selfLinks + " link rel=self (a feed SHOULD have one; we require it)");
        }
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (Element entry : children(feed, "entry")) {
            String where = "entry " + (++number);
            exactlyOne(entry, "id", where, problems);
            exactlyOne(entry, "title", where, problems);
            exactlyOne(entry, "updated", where, problems);
            atMostOne(entry, "published", where, problems);
            atMostOne(entry, "summary", where, problems);
            atMostOne(entry, "content", where, problems);
            String id = text(entry, "id");
            iri(id, where + " id", problems);
            if (id != null && !ids.add(id)) {
                problems.add(where + " repeats id " + id);
            }
            date(text(entry, "updated"), where + " updated", problems);
            if (text(entry, "published") != null) {
                date(text(entry, "published"), where + " published", problems);
            }
            if (!feedAuthor && children(entry, "author").isEmpty()) {
                problems.add(where + " has no author and the feed has none (RFC 4287 4.1.1)");
            }
            boolean alternate = children(entry, "link").stream()
                    .anyMatch(link -> "alternate".equals(link.getAttribute("rel"))
                            || link.getAttribute("rel").isEmpty());
            if (!alternate && children(entry, "content").isEmpty()) {
                problems.add(where + " has neither content nor a link rel=alternate (RFC 4287 4.1.2)");
            }
            links(entry, where, problems);
        }
        return problems;
    }

    /** Each atom:link has an href that is an IRI; at most one alternate per type and hreflang. */
    private static void links(Element parent, String where, List<String> problems) {
        Set<String> alternates = new HashSet<>();
        for (Element link : children(parent, "link")) {
            if (!link.hasAttribute("href")) {
                problems.add(where + " has a link without href");
                continue;
            }
            iri(link.getAttribute("href"), where + " link " + link.getAttribute("rel"), problems);
            String rel = link.getAttribute("rel").isEmpty() ? "alternate" : link.getAttribute("rel");
            if ("alternate".equals(rel)
                    && !alternates.add(link.getAttribute("type") + "|" + link.getAttribute("hreflang"))) {
                problems.add(where + " has two alternate links of type " + link.getAttribute("type"));
            }
        }
    }

    private static void exactlyOne(Element parent, String name, String where, List<String> problems) {
        int count = children(parent, name).size();
        if (count != 1) {
            problems.add(where + " has " + count + " atom:" + name + ", must have exactly one");
        }
    }

    private static void atMostOne(Element parent, String name, String where, List<String> problems) {
        int count = children(parent, name).size();
        if (count > 1) {
            problems.add(where + " has " + count + " atom:" + name + ", may have at most one");
        }
    }

    private static void iri(String value, String where, List<String> problems) {
        if (value == null) {
            return;
        }
        try {
            if (!URI.create(value).isAbsolute()) {
                problems.add(where + " is not an absolute IRI: " + value);
            }
        } catch (IllegalArgumentException e) {
            problems.add(where + " is not an IRI: " + value);
        }
    }

    private static void date(String value, String where, List<String> problems) {
        if (value == null || !RFC_3339.matcher(value).matches()) {
            problems.add(where + " is not an RFC 3339 date-time: " + value);
            return;
        }
        OffsetDateTime.parse(value);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    /** A content line after unfolding: name, parameters, value (RFC 5545 3.1). */
    record Property(String name, Map<String, String> parameters, String value) {}

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern UTC_DATE_TIME = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{8}T\\d{6}");
    private static final Set<String> EVENT_STATUS = Set.of("TENTATIVE", "CONFIRMED", "CANCELLED");

    /**
     * RFC 5545: CRLF line ends, lines of at most 75 octets folded with CRLF + space, components properly nested,
     * VCALENDAR with PRODID and VERSION:2.0, every TZID used defined by a VTIMEZONE with STANDARD/DAYLIGHT rules,
     * every VEVENT with one UID and DTSTAMP (UTC), DTSTART, not both DTEND and DURATION, a valid STATUS, TEXT
     * values without unescaped commas or semicolons.
     */
    public static List<String> iCalendar(String ics) {
        List<String> problems = new ArrayList<>();
        byte[] octets = ics.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < octets.length; i++) {
            if (octets[i] == '\n' && (i == 0 || octets[i - 1] != '\r')) {
                problems.add("bare LF at octet " + i);
                break;
            }
            if (octets[i] == '\r' && (i + 1 >= octets.length || octets[i + 1] != '\n')) {
                problems.add("bare CR at octet " + i);
                break;
            }
        }
        if (!ics.endsWith("\r\n")) {
            problems.add("the last line does not end with CRLF");
        }
        String[] physical = ics.split("\r\n", -1);
        for (int i = 0; i < physical.length; i++) {
            int length = physical[i].getBytes(StandardCharsets.UTF_8).length;
            if (length > 75) {
                problems.add("line " + (i + 1) + " has " + length + " octets (max 75): " + physical[i]);
            }
        }
        List<Property> properties = new ArrayList<>();
        for (String line : ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Property property = parse(line, problems);
            if (property != null) {
                properties.add(property);
            }
        }
        List<String> stack = new ArrayList<>();
        List<Map<String, Integer>> componentCounts = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> definedZones = new HashSet<>();
        Set<String> usedZones = new HashSet<>();
        Set<String> uids = new HashSet<>();
        int calendarLevel = 0;
        for (Property property : properties) {
            String current = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            switch (property.name()) {
                case "BEGIN" -> {
                    if (stack.isEmpty() && !"VCALENDAR".equals(property.value())) {
                        problems.add("the stream begins with " + property.value() + ", not VCALENDAR");
                    }
                    if ("VCALENDAR".equals(property.value())) {
                        calendarLevel++;
                    }
                    stack.add(property.value());
                    counts = new LinkedHashMap<>();
                    counts.put("#component", stack.size());
                    componentCounts.add(counts);
                }
                case "END" -> {
                    if (current == null || !current.equals(property.value())) {
                        problems.add("END:" + property.value() + " closes " + current);
                    } else {
                        Map<String, Integer> own = componentCounts.remove(componentCounts.size() - 1);
                        checkComponent(current, own, problems, uids);
                        stack.remove(stack.size() - 1);
                        counts = componentCounts.isEmpty()
                                ? new LinkedHashMap<>()
                                : componentCounts.get(componentCounts.size() - 1);
                    }
                }
                default -> {
                    if (current == null) {
                        problems.add(property.name() + " outside any component");
                        continue;
                    }
                    counts.merge(property.name(), 1, Integer::sum);
                    if ("UID".equals(property.name())) {
                        counts.put("#uid:" + property.value(), 1);
                    }
                    if ("VTIMEZONE".equals(current) && "TZID".equals(property.name())) {
                        definedZones.add(property.value());
                    }
                    if (property.parameters().containsKey("TZID")) {
                        usedZones.add(property.parameters().get("TZID"));
                        if (!LOCAL_DATE_TIME.matcher(property.value()).matches()) {
                            problems.add(property.name() + " with TZID is not a local date-time: " + property.value());
                        }
                    }
                    if ("DTSTAMP".equals(property.name())
                            && !UTC_DATE_TIME.matcher(property.value()).matches()) {
                        problems.add("DTSTAMP is not a UTC date-time: " + property.value());
                    }
                    if ("VEVENT".equals(current)
                            && "STATUS".equals(property.name())
                            && !EVENT_STATUS.contains(property.value())) {
                        problems.add("VEVENT STATUS " + property.value() + " is not allowed");
                    }
                    if (Set.of("SUMMARY", "LOCATION", "DESCRIPTION").contains(property.name())) {
                        textValue(property, problems);
                    }
                }
            }
        }
        if (!stack.isEmpty()) {
            problems.add("components left open: " + stack);
        }
        if (calendarLevel != 1) {
            problems.add("expected one VCALENDAR, found " + calendarLevel);
        }
        for (String zone : usedZones) {
            if (!definedZones.contains(zone)) {
                problems.add("TZID " + zone + " is used but has no VTIMEZONE");
            }
        }
        return problems;
    }

    private static void checkComponent(
            String component, Map<String, Integer> counts, List<String> problems, Set<String> uids) {
        switch (component) {
            case "VCALENDAR" -> {
                requireOne(component, counts, "PRODID", problems);
                requireOne(component, counts, "VERSION", problems);
            }
            case "VTIMEZONE" -> requireOne(component, counts, "TZID", problems);
            case "STANDARD", "DAYLIGHT" -> {
                requireOne(component, counts, "DTSTART", problems);
                requireOne(component, counts, "TZOFFSETFROM", problems);
                requireOne(component, counts, "TZOFFSETTO", problems);
            }
            case "VEVENT" -> {
                requireOne(component, counts, "UID", problems);
                requireOne(component, counts, "DTSTAMP", problems);
                requireOne(component, counts, "DTSTART", problems);
                if (counts.containsKey("DTEND") && counts.containsKey("DURATION")) {
                    problems.add("VEVENT has both DTEND and DURATION");
                }
                for (String once : List.of("SUMMARY", "LOCATION", "DESCRIPTION", "STATUS", "URL", "SEQUENCE")) {
                    if (counts.getOrDefault(once, 0) > 1) {
                        problems.add("VEVENT has " + once + " more than once");
                    }
                }
                counts.keySet().stream().filter(key -> key.startsWith("#uid:")).forEach(uid -> {
                    if (!uids.add(uid)) {
                        problems.add("UID repeated: " + uid.substring(5));
                    }
                });
            }
            default -> {}
        }
    }

    private static void requireOne(String component, Map<String, Integer> counts, String name, List<String> problems) {
        int count = counts.getOrDefault(name, 0);
        if (count != 1) {
            problems.add(component + " has " + count + " " + name + ", must have exactly one");
        }
    }

    /** Parses "NAME;PARAM=value;PARAM=\"quoted\":value" (RFC 5545 3.1). */
    private static Property parse(String line, List<String> problems) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != ';' && line.charAt(i) != ':') {
            i++;
        }
        String name = line.substring(0, i);
        if (!NAME.matcher(name).matches() || i == line.length()) {
            problems.add("not a content line: " + line);
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        while (line.charAt(i) == ';') {
            int equals = line.indexOf('=', i);
            if (equals < 0) {
                problems.add("parameter without value: " + line);
                return null;
            }
            String parameter = line.substring(i + 1, equals);
            int end = equals + 1;
            if (end < line.length() && line.charAt(end) == '"') {
                end = line.indexOf('"', end + 1) + 1;
            } else {
                while (end < line.length() && line.charAt(end) != ';' && line.charAt(end) != ':') {
                    end++;
                }
            }
            parameters.put(
                    parameter.toUpperCase(), line.substring(equals + 1, end).replace("\"", ""));
            i = end;
            if (i >= line.length()) {
                problems.add("content line without value: " + line);
                return null;
            }
        }
        String value = line.substring(i + 1);
        for (char c : value.toCharArray()) {
            if (c < 0x20 && c != '\t') {
                problems.add(name + " has a control character");
            }
        }
        return new Property(name.toUpperCase(), parameters, value);
    }

    /** TEXT (RFC 5545 3.3.11): commas, semicolons and backslashes escaped with a backslash. */
    private static void textValue(Property property, List<String> problems) {
        String value = property.value();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                char next = i + 1 < value.length() ? value.charAt(i + 1) : ' ';
                if ("\\;,nN".indexOf(next) < 0) {
                    problems.add(property.name() + " has a bad escape \\" + next);
                }
                i++;
            } else if (c == ',' || c == ';') {
                problems.add(property.name() + " has an unescaped '" + c + "': " + value);
            }
        }
    }
}
