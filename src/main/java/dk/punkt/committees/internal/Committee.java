package dk.punkt.committees.internal;

import dk.punkt.committees.CommitteeKind;
import dk.punkt.committees.CommitteeView;
import dk.punkt.committees.MemberRole;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A committee with its members and standing items (one aggregate: members and items change through it). */
@Entity
@Table(name = "committee")
@Audited
public class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private CommitteeKind kind;

    @Column(name = "default_location", length = 200)
    private String defaultLocation;

    @Column(name = "default_start_time")
    private LocalTime defaultStartTime;

    @Column(name = "default_end_time")
    private LocalTime defaultEndTime;

    @OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<CommitteeMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "committee", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<CommitteeStandingItem> standingItems = new ArrayList<>();

    @Version
    private long version;

    protected Committee() {}

    public Committee(
            String name,
            CommitteeKind kind,
            String defaultLocation,
            LocalTime defaultStartTime,
            LocalTime defaultEndTime,
            List<CommitteeView.StandingItem> standingItems) {
        this.name = name;
        this.kind = kind;
        this.defaultLocation = defaultLocation;
        this.defaultStartTime = defaultStartTime;
        this.defaultEndTime = defaultEndTime;
        for (CommitteeView.StandingItem item : standingItems) {
            this.standingItems.add(new CommitteeStandingItem(
                    this, this.standingItems.size(), item.placement(), item.title(), item.minutes()));
        }
    }

    /** Adds a member after the existing ones. */
    public CommitteeMember addMember(String name, String title, MemberRole role, Long userId, String email) {
        CommitteeMember member = addMember(name, title, role, userId);
        member.setEmail(email);
        return member;
    }

    public CommitteeMember addMember(String name, String title, MemberRole role, Long userId) {
        CommitteeMember member = new CommitteeMember(this, members.size(), name, title, role, userId);
        members.add(member);
        return member;
    }

    public CommitteeView toView() {
        return new CommitteeView(
                id,
                name,
                kind,
                defaultLocation,
                defaultStartTime,
                defaultEndTime,
                members.stream().map(CommitteeMember::toView).toList(),
                standingItems.stream().map(CommitteeStandingItem::toView).toList(),
                version);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<CommitteeMember> getMembers() {
        return List.copyOf(members);
    }

    public long getVersion() {
        return version;
    }
}
