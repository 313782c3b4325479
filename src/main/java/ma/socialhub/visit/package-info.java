/**
 * The visit: what happens at the counter once a ticket is received — who the person is (or an
 * anonymous visit when they refuse), what they need, what the hub proposes and the agent decides,
 * and how it ends.
 */
@NullMarked
package ma.socialhub.visit;

import org.jspecify.annotations.NullMarked;
