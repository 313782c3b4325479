package ma.socialhub.directory;

import java.util.List;
import ma.socialhub.base.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/** An incubator or a partner institution, as the directory lists it. */
public record Organization(
        long id,
        String code,
        OrganizationKind kind,
        @Nullable InstitutionType institutionType,
        LocalizedText name,
        String hostOrganization,
        short regionId,
        @Nullable Integer provinceId,
        String address,
        String phone,
        String email,
        List<String> sectors,
        @Nullable Integer capacity,
        List<String> languages,
        boolean accessible,
        boolean reference,
        boolean demo,
        boolean active) {
}
