package dk.punkt.items.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One numbered "at …" clause of an item's recommendation (indstilling). */
@Entity
@Table(name = "recommendation_clause")
@Audited
class RecommendationClause {

    @Id
    // A sequence with an allocation size, not identity: Hibernate can then batch the inserts (V4_7_1).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recommendation_clause_seq")
    @SequenceGenerator(
            name = "recommendation_clause_seq",
            sequenceName = "recommendation_clause_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 4000)
    private String text;

    protected RecommendationClause() {}

    RecommendationClause(AgendaItem item, int position, String text) {
        this.item = item;
        this.position = position;
        this.text = text;
    }

    String text() {
        return text;
    }
}
