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

/** One text section of an item (Anledning, Sagsfremstilling, …), at its place in the document. */
@Entity
@Table(name = "item_section")
@Audited
class ItemSection {

    @Id
    // A sequence with an allocation size, not identity: Hibernate can then batch the inserts (V4_7_1).
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_section_seq")
    @SequenceGenerator(name = "item_section_seq", sequenceName = "item_section_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 1_000_000)
    private String text;

    protected ItemSection() {}

    ItemSection(AgendaItem item, int position, String name, String text) {
        this.item = item;
        this.position = position;
        this.name = name;
        this.text = text;
    }

    String name() {
        return name;
    }

    String text() {
        return text;
    }
}
