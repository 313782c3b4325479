package ma.socialhub.intake;

import org.jspecify.annotations.Nullable;

/**
 * What a partner sees of a person referred to it, and no more: enough to contact and accompany
 * them (names, sex, year of birth, phone, where they live, what they read and learned). No ID
 * card, no health data, no situation checklist.
 */
public record SharedFile(long id, String nameAr, String nameLatin, @Nullable Sex sex, @Nullable Integer birthYear,
        String phone, @Nullable Integer provinceId, String commune, @Nullable Literacy literacy,
        @Nullable Education education, @Nullable Employment employment) {
}
