/**
 * The citizen's pages on their own phone: plain HTML drawn on the server, live over Server-Sent
 * Events (ADR 0028).
 */
@NullMarked
package ma.socialhub.phone.web;

import org.jspecify.annotations.NullMarked;
