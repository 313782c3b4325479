/**
 * A person's requests about their data (law 09-08): an export of everything the hub holds on them,
 * and erasure; and the retention job that anonymises people not seen for years. It gathers from
 * intake, visits and referrals, each of which keeps its own rules.
 */
@NullMarked
package ma.socialhub.privacy;

import org.jspecify.annotations.NullMarked;
