@NullMarked
@OwnsTables(value = {"center", "region", "province", "social_service", "counter", "counter_service"},
        publishes = {"center_place", "province_place", "region_place", "service_label", "counter_desk", "counter_serving"})
package ma.socialhub.catalog;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
