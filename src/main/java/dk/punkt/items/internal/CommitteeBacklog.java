package dk.punkt.items.internal;

import dk.punkt.committees.CommitteeView;
import dk.punkt.items.ItemView;
import java.util.List;

/** A committee's items ready for an agenda, for the work list. */
public record CommitteeBacklog(CommitteeView committee, List<ItemView> items) {}
