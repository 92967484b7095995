package dk.punkt.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void shortPassagesStayAsTheyAre() {
        assertThat(Snippets.around("et <mark>budgetforslag</mark> her", 200))
                .isEqualTo("et <mark>budgetforslag</mark> her");
    }

    @Test
    void longPassagesAreCutAtSpacesAroundTheFirstMark() {
        String words = "ord &amp; ".repeat(100);
        String html = words + "<mark>forslag</mark> " + words;
        String snippet = Snippets.around(html, 120);
        assertThat(snippet).contains("<mark>forslag</mark>").startsWith("… ").endsWith(" …");
        assertThat(snippet.length()).isLessThan(200);
        assertThat(snippet).doesNotContain("&amp …").doesNotContainPattern("&[a-z]*\\s…$");
    }

    @Test
    void aMarkLeftOpenByTheCutIsClosed() {
        String html = "a ".repeat(10) + "<mark>" + "langt ".repeat(100) + "</mark>";
        assertThat(Snippets.around(html, 60)).endsWith("</mark> …");
    }
}
