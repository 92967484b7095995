package dk.punkt.committees.internal;

import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.MemberRole;
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

/** A person in a committee, at a fixed place in the printed member list. Versioned through its committee. */
@Entity
@Table(name = "committee_member")
@Audited
public class CommitteeMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private MemberRole role;

    @Column(name = "user_id")
    private Long userId;

    @Column(length = 254)
    private String email;

    protected CommitteeMember() {}

    CommitteeMember(Committee committee, int position, String name, String title, MemberRole role, Long userId) {
        this.committee = committee;
        this.position = position;
        this.name = name;
        this.title = title;
        this.role = role;
        this.userId = userId;
    }

    void setEmail(String email) {
        this.email = email;
    }

    public CommitteeView.MemberView toView() {
        return new CommitteeView.MemberView(id, name, title, role, userId, email);
    }

    public Long getUserId() {
        return userId;
    }
}
