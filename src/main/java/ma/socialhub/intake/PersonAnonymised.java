package ma.socialhub.intake;

/**
 * A person's file was anonymised (erasure on request, or retention): published in the same
 * transaction, so the features that keep free text about the person (visit notes, referral
 * reasons) clear it together with the file.
 */
public record PersonAnonymised(long beneficiaryId) {
}
