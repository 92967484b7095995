package dk.punkt.imports;

import dk.punkt.minutes.Outcome;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the structured outcome from a decision's wording, as a secretary would: "Chefforum godkendte …" is
 * {@link Outcome#GODKENDT}, "… tog orienteringen til efterretning" {@link Outcome#TAGET_TIL_EFTERRETNING}. The first
 * rule that matches wins, so "drøftede … og godkendte" is approved, and a negation beats the approval it negates.
 * Null when the text says none of these (the outcome is then left for a person to set).
 */
final class OutcomeReader {

    /**
     * {@code mayMatch}: whether the text holds the words every match of the pattern contains; when it does not, the
     * (slow, case-insensitive, unanchored) search is skipped. Only a shortcut: the outcome is what the patterns say.
     */
    private record Rule(Pattern pattern, Outcome outcome, Predicate<String> mayMatch) {}

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final List<Rule> RULES = List.of(
            rule(
                    "\\b(?:ikke|ej)\\s+(?:\\p{L}+\\s+){0,2}godkend|\\bafvis(?:te|es|t)\\b|\\bforkast",
                    Outcome.IKKE_GODKENDT,
                    text -> text.contains("godkend") && containsAny(text, "ikke", "ej")
                            || containsAny(text, "afvis", "forkast")),
            rule("\\budsat(?:te|tes)?\\b|\\budskudt|\\budsætte[rs]?\\b", Outcome.UDSAT, text -> text.contains("uds")),
            rule(
                    "\\btrukket\\b|\\btrak\\s+(?:\\p{L}+\\s+){0,3}tilbage|\\budgik\\b",
                    Outcome.TRUKKET,
                    text -> containsAny(text, "trukket", "trak", "udgik")),
            rule(
                    "\\bgodkend(?:te|tes|es|er|t)\\b|\\btiltrådte\\b|\\bvedtog\\b|\\bbesluttede\\b",
                    Outcome.GODKENDT,
                    text -> containsAny(text, "godkend", "tiltrådte", "vedtog", "besluttede")),
            rule(
                    "til\\s+efterretning|\\borientering(?:en)?\\s+blev\\s+taget",
                    Outcome.TAGET_TIL_EFTERRETNING,
                    text -> containsAny(text, "efterretning", "orientering")),
            rule("\\bdrøfte(?:de|t)\\b|\\bdrøftelse\\b", Outcome.DRØFTET, text -> text.contains("drøfte")));

    private OutcomeReader() {}

    private static Rule rule(String regex, Outcome outcome, Predicate<String> mayMatch) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), outcome, mayMatch);
    }

    private static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The outcome a decision text states, or null. {@code html} is the sanitised decision text. */
    static Outcome read(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String text = SPACES.matcher(TAG.matcher(html).replaceAll(" ").replace("&nbsp;", " "))
                .replaceAll(" ")
                .toLowerCase(Locale.ROOT);
        // The text is lower case, but the patterns' case-insensitive matching also takes dotless ı for i and long
        // ſ for s; where either occurs the anchors could miss a match, so every pattern runs.
        boolean exactAnchors = text.indexOf('ı') < 0 && text.indexOf('ſ') < 0;
        for (Rule rule : RULES) {
            if (exactAnchors && !rule.mayMatch().test(text)) {
                continue;
            }
            if (rule.pattern().matcher(text).find()) {
                return rule.outcome();
            }
        }
        return null;
    }
}
