@NullMarked
@OwnsTables({"kiosk_device"})
package ma.socialhub.kiosk;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
