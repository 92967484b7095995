package dk.punkt.imports;

import dk.punkt.minutes.Outcome;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the structured outcome from a decision's wording, as a secretary would: "Chefforum godkendte …" is
 * {@link Outcome#GODKENDT}, "… tog orienteringen til efterretning" {@link Outcome#TAGET_TIL_EFTERRETNING}. The first
 * rule that matches wins, so "drøftede … og godkendte" is approved, and a negation beats the approval it negates.
 * Null when the text says none of these (the outcome is then left for a person to set).
 */
final class OutcomeReader {

    private record Rule(Pattern pattern, Outcome outcome) {}

    private static final List<Rule> RULES = List.of(
            rule(
                    "\\b(?:ikke|ej)\\s+(?:\\p{L}+\\s+){0,2}godkend|\\bafvis(?:te|es|t)\\b|\\bforkast",
                    Outcome.IKKE_GODKENDT),
            rule("\\budsat(?:te|tes)?\\b|\\budskudt|\\budsætte[rs]?\\b", Outcome.UDSAT),
            rule("\\btrukket\\b|\\btrak\\s+(?:\\p{L}+\\s+){0,3}tilbage|\\budgik\\b", Outcome.TRUKKET),
            rule("\\bgodkend(?:te|tes|es|er|t)\\b|\\btiltrådte\\b|\\bvedtog\\b|\\bbesluttede\\b", Outcome.GODKENDT),
            rule("til\\s+efterretning|\\borientering(?:en)?\\s+blev\\s+taget", Outcome.TAGET_TIL_EFTERRETNING),
            rule("\\bdrøfte(?:de|t)\\b|\\bdrøftelse\\b", Outcome.DRØFTET));

    private OutcomeReader() {}

    private static Rule rule(String regex, Outcome outcome) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), outcome);
    }

    /** The outcome a decision text states, or null. {@code html} is the sanitised decision text. */
    static Outcome read(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String text = html.replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ")
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(text).find()) {
                return rule.outcome();
            }
        }
        return null;
    }
}
