package dk.punkt.minutes;

import dk.punkt.minutes.internal.ItemReferralRepository;
import org.springframework.stereotype.Component;

/** Which item an item was referred from; split out so the case history does not need the whole referral service. */
@Component
class ReferralLookup {

    private final ItemReferralRepository referrals;

    ReferralLookup(ItemReferralRepository referrals) {
        this.referrals = referrals;
    }

    Long referredFrom(long itemId) {
        return referrals.findByToItemId(itemId).map(r -> r.fromItemId()).orElse(null);
    }
}
