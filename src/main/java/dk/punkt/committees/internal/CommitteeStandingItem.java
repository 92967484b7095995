package dk.punkt.committees.internal;

import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.CommitteeView.Placement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** An item every agenda of the committee carries, first or last. Versioned through its committee. */
@Entity
@Table(name = "committee_standing_item")
@Audited
public class CommitteeStandingItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private Placement placement;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(nullable = false)
    private int minutes;

    protected CommitteeStandingItem() {}

    CommitteeStandingItem(Committee committee, int position, Placement placement, String title, int minutes) {
        this.committee = committee;
        this.position = position;
        this.placement = placement;
        this.title = title;
        this.minutes = minutes;
    }

    public CommitteeView.StandingItem toView() {
        return new CommitteeView.StandingItem(placement, title, minutes);
    }
}
