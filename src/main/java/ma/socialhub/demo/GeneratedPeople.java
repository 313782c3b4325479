package ma.socialhub.demo;

import java.util.Random;
import ma.socialhub.intake.PeopleBulkLoad;
import ma.socialhub.intake.Sex;

/**
 * Plausible Moroccan people for load tests: common first and family names written in Arabic and
 * in Latin letters, more women than men (the centers' public), adult ages, a made-up but
 * well-formed ID card number for most, a mobile number for many. Every identifier is unique, so
 * the unique index on ID cards holds.
 */
final class GeneratedPeople {

    private static final String[][] WOMEN = {
        {"فاطمة", "Fatima"}, {"خديجة", "Khadija"}, {"عائشة", "Aicha"}, {"مريم", "Meryem"}, {"زينب", "Zineb"},
        {"نعيمة", "Naima"}, {"سعاد", "Souad"}, {"حسناء", "Hasna"}, {"لطيفة", "Latifa"}, {"رشيدة", "Rachida"},
        {"سميرة", "Samira"}, {"نادية", "Nadia"}, {"حليمة", "Halima"}, {"إيمان", "Imane"}, {"سلمى", "Salma"},
        {"هند", "Hind"}, {"وفاء", "Wafae"}, {"كريمة", "Karima"}, {"ثريا", "Touria"}, {"يامنة", "Yamna"},
        {"تودة", "Touda"}, {"إيطو", "Itto"}, {"تيفاوت", "Tifaout"}, {"مليكة", "Malika"}};
    private static final String[][] MEN = {
        {"محمد", "Mohamed"}, {"أحمد", "Ahmed"}, {"يوسف", "Youssef"}, {"عبد الله", "Abdellah"}, {"إبراهيم", "Brahim"},
        {"حسن", "Hassan"}, {"الحسين", "Lahcen"}, {"عمر", "Omar"}, {"رشيد", "Rachid"}, {"مصطفى", "Mustapha"},
        {"سعيد", "Said"}, {"عبد الرحيم", "Abderrahim"}, {"إدريس", "Driss"}, {"موحى", "Moha"}};
    private static final String[][] FAMILIES = {
        {"العلوي", "Alaoui"}, {"الإدريسي", "Idrissi"}, {"بناني", "Bennani"}, {"التازي", "Tazi"}, {"أيت باها", "Ait Baha"},
        {"أمزيان", "Amzian"}, {"الفاسي", "El Fassi"}, {"بوزيد", "Bouzid"}, {"الشرقاوي", "Cherkaoui"}, {"أوحمو", "Ouhammou"},
        {"الحسني", "El Hassani"}, {"المرابط", "Mrabet"}, {"أيت علي", "Ait Ali"}, {"الزياني", "Zayani"}, {"بلحاج", "Belhaj"},
        {"أكنوش", "Aknouch"}, {"السوسي", "Soussi"}, {"الرحماني", "Rahmani"}, {"أمغار", "Amghar"}, {"الغزواني", "Ghazouani"},
        {"بوعزة", "Bouazza"}, {"أوبلا", "Oubella"}, {"الكبير", "El Kabir"}, {"حمداوي", "Hamdaoui"}};
    private static final String[] SITUATIONS = {"{}", "{WIDOW}", "{DIVORCED}", "{SINGLE_MOTHER}", "{WOMAN_IN_DIFFICULTY}", "{}", "{}"};

    private GeneratedPeople() {
    }

    /** The {@code n}-th generated person of a center (n makes the identifiers unique). */
    static PeopleBulkLoad.Person person(Random random, long centerId, int provinceId, int n) {
        boolean woman = random.nextInt(100) < 72;
        String[] first = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
        String[] family = FAMILIES[random.nextInt(FAMILIES.length)];
        int birthYear = 1945 + random.nextInt(62);
        // two letters and six digits, unique by n: "GX" followed by n, well formed for the ID card parser
        String cin = random.nextInt(100) < 85 ? "G" + (char) ('A' + n / 1_000_000 % 26) + String.format("%06d", n % 1_000_000) : null;
        String phone = random.nextInt(100) < 70 ? "06" + String.format("%08d", 10_000_000 + n) : null;
        return new PeopleBulkLoad.Person(centerId, first[0], family[0], first[1], family[1], woman ? Sex.F : Sex.M, birthYear, cin,
                phone, provinceId, woman ? SITUATIONS[random.nextInt(SITUATIONS.length)] : "{}");
    }
}
