package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void marksACompoundByItsPartAndStemsLikeTheIndex() {
        String text = "Direktionen fremlagde budgetforslaget for 2025 og bad om bemærkninger til forslaget.";
        String snippet = Highlighter.of("forslag").snippet(text, 200);
        assertThat(snippet).contains("<mark>budgetforslaget</mark>").contains("<mark>forslaget</mark>");
        assertThat(Highlighter.of("budget").snippet(text, 200)).contains("<mark>budgetforslaget</mark>");
    }

    @Test
    void foldsDanishLettersAndKeepsTheOriginalText() {
        String snippet = Highlighter.of("oekonomi").snippet("Status på økonomien i Chefforum.", 200);
        assertThat(snippet).isEqualTo("Status på <mark>økonomien</mark> i Chefforum.");
    }

    @Test
    void escapesTheTextAndLeavesExcludedWordsUnmarked() {
        String snippet = Highlighter.of("budget -tal").snippet("Tal & <b>budget</b> tal", 200);
        assertThat(snippet).isEqualTo("Tal &amp; &lt;b&gt;<mark>budget</mark>&lt;/b&gt; tal");
    }

    @Test
    void prefixesMatchTheStartOfWords() {
        assertThat(Highlighter.of("registr*").snippet("Om tidsregistrering og registreringen.", 200))
                .contains("<mark>registreringen</mark>");
    }

    @Test
    void aLateMatchInACompoundWithDanishLettersIsFoundWhereTheWordStarts() {
        String text = "Indledning om andet. ".repeat(80) + "Drøftelse af Økonomiudvalgets budgetforslag, (og mere) "
                + "Afslutning. ".repeat(40);
        assertThat(Highlighter.of("oekonomi").snippet(text, 200)).contains("<mark>Økonomiudvalgets</mark>");
        assertThat(Highlighter.of("forslag").snippet(text, 200)).contains("<mark>budgetforslag</mark>,");
        assertThat(Highlighter.of("budg*").snippet(text, 200)).contains("<mark>budgetforslag</mark>");
        assertThat(Highlighter.of("vejbelysning").snippet(text, 200)).isNull();
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatch() {
        String text = "Indledning. ".repeat(60) + "Her kommer seminaret om ledelse. " + "Afslutning. ".repeat(60);
        String snippet = Highlighter.of("seminar").snippet(text, 200);
        assertThat(snippet).startsWith("… ").endsWith(" …").contains("<mark>seminaret</mark>");
        assertThat(snippet.length()).isLessThan(300);
    }

    @Test
    void noMatchGivesNullAndTheOpeningIsTheStart() {
        assertThat(Highlighter.of("vejbelysning").snippet("Intet om det her.", 200))
                .isNull();
        assertThat(Highlighter.opening("Kort tekst & mere", 200)).isEqualTo("Kort tekst &amp; mere");
        assertThat(Highlighter.opening("ord ".repeat(100), 20)).endsWith(" …");
    }
}
