package dk.punkt.committees;

import java.time.LocalTime;
import java.util.List;

/** Command: create a committee. Location, times and standing items may be null (none). */
public record NewCommittee(
        String name,
        CommitteeKind kind,
        String defaultLocation,
        LocalTime defaultStartTime,
        LocalTime defaultEndTime,
        List<CommitteeView.StandingItem> standingItems) {}
