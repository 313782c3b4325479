@NullMarked
@OwnsTables(value = {"staff_account", "login_failure", "login_success"},
        publishes = {"staff_name"})
package ma.socialhub.staff;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
