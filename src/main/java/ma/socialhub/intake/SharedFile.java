package ma.socialhub.intake;

import org.jspecify.annotations.Nullable;

/**
 * What a partner sees of a person referred to it, and no more. While the partner has not accepted
 * the referral, a profile without identity (sex, year of birth, province, what they read and
 * learned, their work) to decide on; once it has accepted and while it accompanies the person, also
 * what it needs to contact them (names, phone, commune). Never an ID card, health data or the
 * situation checklist, and nothing at all once the referral is closed.
 *
 * @param identified whether names, phone and commune are shown (the referral is accepted or in accompaniment)
 */
public record SharedFile(long id, String nameAr, String nameLatin, @Nullable Sex sex, @Nullable Integer birthYear,
        String phone, @Nullable Integer provinceId, String commune, @Nullable Literacy literacy,
        @Nullable Education education, @Nullable Employment employment, boolean identified) {

    /** The same person without what identifies them: for a referral the partner has not accepted yet. */
    public SharedFile withoutIdentity() {
        return new SharedFile(id, "", "", sex, birthYear, "", provinceId, "", literacy, education, employment, false);
    }
}
