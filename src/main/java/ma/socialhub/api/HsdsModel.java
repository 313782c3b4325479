package ma.socialhub.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The Open Referral HSDS 3.0 objects the hub publishes, with HSDS's field names; absent values are left out. */
final class HsdsModel {

    private HsdsModel() {
    }

    /** HSDS's paginated list. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Page<T>(@JsonProperty("total_items") int totalItems, @JsonProperty("total_pages") int totalPages,
            @JsonProperty("page_number") int pageNumber, int size, @JsonProperty("first_page") boolean firstPage,
            @JsonProperty("last_page") boolean lastPage, boolean empty, List<T> contents) {

        static <T> Page<T> of(List<T> contents, int totalItems, int page, int perPage) {
            int totalPages = Math.max(1, (totalItems + perPage - 1) / perPage);
            return new Page<>(totalItems, totalPages, page, contents.size(), page == 1, page >= totalPages, contents.isEmpty(),
                    contents);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(String id, String name, @JsonProperty("alternate_name") @Nullable String alternateName,
            String description, @Nullable String email, @Nullable String website) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(String id, @JsonProperty("organization_id") String organizationId, String name,
            @JsonProperty("alternate_name") @Nullable String alternateName, @Nullable String description,
            @Nullable String email, String status, @JsonProperty("application_process") @Nullable String applicationProcess,
            @JsonProperty("eligibility_description") @Nullable String eligibilityDescription, Organization organization) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Location(String id, @JsonProperty("location_type") String locationType,
            @JsonProperty("organization_id") String organizationId, String name,
            @JsonProperty("alternate_name") @Nullable String alternateName, @Nullable String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceAtLocation(String id, @JsonProperty("service_id") String serviceId,
            @JsonProperty("location_id") String locationId, Location location, Service service) {
    }
}
