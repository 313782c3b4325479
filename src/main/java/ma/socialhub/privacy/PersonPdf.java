package ma.socialhub.privacy;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ma.socialhub.base.HubZone;
import ma.socialhub.base.i18n.HubLanguage;
import ma.socialhub.base.i18n.HubTranslations;
import ma.socialhub.base.pdf.PdfText;
import ma.socialhub.intake.AccessDetail;
import ma.socialhub.intake.PersonalDetails;
import ma.socialhub.referral.Referrals;
import ma.socialhub.visit.Need;
import ma.socialhub.visit.Visit;
import ma.socialhub.visit.Visits;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Lays a person's export out as a PDF with OpenPDF: labels in the asked language, values as stored,
 * Arabic and Tifinagh drawn with the fonts the hub ships (no system font needed), Arabic cells
 * right to left.
 */
@Component
class PersonPdf {

    private final HubTranslations texts;
    private final Visits visits;
    private final HubZone hubZone;

    PersonPdf(HubTranslations texts, Visits visits, HubZone hubZone) {
        this.texts = texts;
        this.visits = visits;
        this.hubZone = hubZone;
    }

    byte[] render(PersonExport export, String languageTag) {
        HubLanguage language = HubLanguage.ofTag(languageTag).orElse(HubLanguage.FRENCH);
        Locale locale = language.locale();
        // one zone for the whole document, the hub's: a person's visits and referrals may span centers
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(hubZone.zone());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 48, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        boolean rtl = language == HubLanguage.ARABIC;
        PersonalDetails d = export.file().details();

        document.add(table(rtl, row(t(locale, "privacy.pdf.title"), ""),
                row(t(locale, "privacy.pdf.madeAt"), when.format(export.madeAt())),
                row(t(locale, "intake.firstNameAr"), d.firstNameAr()), row(t(locale, "intake.lastNameAr"), d.lastNameAr()),
                row(t(locale, "intake.firstNameLatin"), d.firstNameLatin()), row(t(locale, "intake.lastNameLatin"), d.lastNameLatin()),
                row(t(locale, "intake.sex"), d.sex() == null ? "" : t(locale, "intake.sex." + d.sex().name())),
                row(t(locale, "intake.birthDate"), d.birthDate() != null ? d.birthDate().toString()
                        : d.birthYear() == null ? "" : String.valueOf(d.birthYear())),
                row(t(locale, "intake.nationalId"), d.nationalId()), row(t(locale, "intake.phone"), d.phone()),
                row(t(locale, "intake.commune"), d.commune()),
                row(t(locale, "intake.householdSize"), d.householdSize() == null ? "" : String.valueOf(d.householdSize())),
                row(t(locale, "intake.situations"), d.situations().stream().sorted().map(s -> t(locale, "situation." + s.name()))
                        .collect(Collectors.joining(", "))),
                row(t(locale, "intake.disabilityType"), d.disabilityType() == null ? "" : t(locale, "disability." + d.disabilityType().name())),
                row(t(locale, "intake.rsu"), t(locale, "rsu." + d.rsuStatus().name()) + (d.rsuId().isBlank() ? "" : " · " + d.rsuId()))));

        heading(document, t(locale, "intake.consent.title"), rtl);
        document.add(table(rtl, export.consents().stream().map(c -> row(when.format(c.recordedAt()),
                t(locale, "privacy.consent." + c.decision()) + " · " + c.scopes().stream().sorted().map(s -> t(locale, "intake.consent.short." + s.name()))
                        .collect(Collectors.joining(", ")) + (c.validUntil() == null ? "" : " → " + c.validUntil()) + " · "
                        + c.byName() + " · " + c.center().in(language))).toArray(String[][]::new)));

        heading(document, t(locale, "privacy.pdf.visits"), rtl);
        document.add(table(rtl, export.visits().stream().map(v -> row(when.format(v.startedAt()), visit(v, locale)))
                .toArray(String[][]::new)));

        heading(document, t(locale, "privacy.pdf.referrals"), rtl);
        for (Referrals.Record record : export.referrals()) {
            document.add(table(rtl, row(when.format(record.referral().createdAt()),
                    t(locale, "referral.status." + record.referral().status().name()) + " · " + record.referral().reason())));
            document.add(table(rtl, record.history().stream().map(e -> row(when.format(e.at()),
                    t(locale, "referral.status." + e.to().name()) + " · " + e.byName() + (e.note().isBlank() ? "" : " · " + e.note())))
                    .toArray(String[][]::new)));
            document.add(table(rtl, record.steps().stream().map(s -> row(s.happenedOn().toString(),
                    t(locale, "referral.step." + s.kind().name()) + (s.note().isBlank() ? "" : " · " + s.note())))
                    .toArray(String[][]::new)));
        }

        heading(document, t(locale, "privacy.pdf.accesses"), rtl);
        document.add(table(rtl, export.accesses().stream().map(a -> row(when.format(a.at()),
                a.staff() + " · " + t(locale, "privacy.action." + a.action()) + " · "
                        + AccessDetail.render(a.action(), a.detail(), (key, values) -> texts.getTranslation(key, locale, values))))
                .toArray(String[][]::new)));
        document.close();
        return out.toByteArray();
    }

    private String visit(Visit v, Locale locale) {
        HubLanguage language = HubLanguage.orDefault(locale);
        Map<String, String> needs = visits.allNeeds().stream()
                .collect(Collectors.toMap(Need::code, n -> n.name().in(language)));
        return (v.outcome() == null ? "" : t(locale, "visit.outcome." + v.outcome().name())) + (v.needs().isEmpty() ? ""
                : " · " + String.join(", ", v.needs().stream().map(n -> needs.getOrDefault(n, n)).sorted().toList()))
                + (v.note().isBlank() ? "" : " · " + v.note());
    }

    private void heading(Document document, String text, boolean rtl) {
        PdfPTable table = table(rtl, row(text, ""));
        table.setSpacingBefore(12);
        document.add(table);
    }

    private PdfPTable table(boolean rtl, String[]... rows) {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        table.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        for (String[] row : rows) {
            for (String text : row) {
                table.addCell(PdfText.cell(text, 10, false));
            }
        }
        return table;
    }

    private String t(Locale locale, String key) {
        return texts.getTranslation(key, locale);
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value};
    }

}
