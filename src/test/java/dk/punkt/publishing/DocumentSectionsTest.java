package dk.punkt.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.punkt.items.ItemState;
import dk.punkt.items.ItemType;
import dk.punkt.items.ItemView;
import dk.punkt.minutes.DecisionView;
import dk.punkt.minutes.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSectionsTest {

    private static final MeetingDocument.Recommendation RECOMMENDATION = new MeetingDocument.Recommendation(
            "Kommunaldirektøren", List.of("at orienteringen tages til efterretning"));

    private static ItemView item(List<ItemView.Section> sections, List<ItemView.AppendixView> appendices) {
        return new ItemView(
                1,
                1,
                1L,
                "CF - Status på budget 2025",
                "00.30.00-P00-6-23",
                ItemType.ORIENTERING,
                "Henrik",
                15,
                false,
                ItemState.BEHANDLET,
                sections,
                new ItemView.Recommendation(RECOMMENDATION.by(), RECOMMENDATION.clauses()),
                appendices,
                0);
    }

    private static List<String> names(List<MeetingDocument.Section> sections) {
        return sections.stream().map(MeetingDocument.Section::name).toList();
    }

    @Test
    void keepsTheSourceOrderWhenTheItemMarksWhereIndstillingStands() {
        // Corpus 2024-06-06, Punkt 9: Indstilling before Sagsfremstilling.
        ItemView item = item(
                List.of(
                        new ItemView.Section("Indstilling", ""),
                        new ItemView.Section("Sagsfremstilling", "<p>(10 min.)</p>"),
                        new ItemView.Section("Beslutning", "")),
                List.of());
        var sections = MeetingDocumentService.sectionsOf(
                item, RECOMMENDATION, new DecisionView(1, "<p>Godkendt.</p>", Outcome.GODKENDT, 0), List.of(), 0);

        assertThat(names(sections)).containsExactly("Indstilling", "Sagsfremstilling", "Beslutning");
        assertThat(sections.get(0).text())
                .isEqualTo(
                        "<p>Kommunaldirektøren indstiller,</p><ol><li>at orienteringen tages til efterretning</li></ol>");
        assertThat(sections.get(2).text()).isEqualTo("<p>Godkendt.</p>");
    }

    @Test
    void putsUnmarkedStructuredSectionsInTemplateOrder() {
        ItemView item = item(
                List.of(
                        new ItemView.Section("Anledning", "<p>Status</p>"),
                        new ItemView.Section("Sagsfremstilling", "<p>Tekst</p>"),
                        new ItemView.Section("Økonomi", "<p>-</p>")),
                List.of(new ItemView.AppendixView(7, "Bilag 1.pdf", false, "application/pdf", 10)));
        var sections = MeetingDocumentService.sectionsOf(
                item,
                RECOMMENDATION,
                new DecisionView(1, "<p>Taget til efterretning.</p>", null, 0),
                List.of(new ItemView.AppendixView(7, "Bilag 1.pdf", false, "application/pdf", 10)),
                0);

        assertThat(names(sections))
                .containsExactly("Anledning", "Sagsfremstilling", "Økonomi", "Indstilling", "Beslutning", "Bilag");
        assertThat(sections.get(5).text()).isEqualTo("<ul><li>Bilag 1.pdf</li></ul>");
    }

    @Test
    void anAgendaHasNoBeslutningAndSaysWhenClosedAppendicesAreLeftOut() {
        ItemView item = item(List.of(new ItemView.Section("Sagsfremstilling", "<p>Tekst</p>")), List.of());
        var sections = MeetingDocumentService.sectionsOf(item, RECOMMENDATION, null, List.of(), 2);

        assertThat(names(sections)).containsExactly("Sagsfremstilling", "Indstilling", "Bilag");
        assertThat(sections.get(2).text()).contains("2 bilag er lukket");
    }

    @Test
    void escapesRecommendationText() {
        ItemView item = item(List.of(), List.of());
        var sections = MeetingDocumentService.sectionsOf(
                item,
                new MeetingDocument.Recommendation("Chefen for Økonomi & Stab", List.of("at <b>x</b> godkendes")),
                null,
                List.of(),
                0);

        assertThat(sections.get(0).text())
                .isEqualTo(
                        "<p>Chefen for Økonomi &amp; Stab indstiller,</p><ol><li>at &lt;b&gt;x&lt;/b&gt; godkendes</li></ol>");
    }
}
