@NullMarked
package ma.socialhub.referral.ui;

import org.jspecify.annotations.NullMarked;
