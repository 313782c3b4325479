package ma.socialhub.supervision;

import java.util.Map;
import ma.socialhub.base.i18n.LocalizedText;
import ma.socialhub.referral.ReferralStatus;

/** The referrals made to one partner within a range and an area, by their status now. */
public record PartnerReferrals(long organizationId, LocalizedText name, Map<ReferralStatus, Integer> byStatus) {

    public PartnerReferrals {
        byStatus = Map.copyOf(byStatus);
    }
}
