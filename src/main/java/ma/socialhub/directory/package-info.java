/**
 * The partners a center refers people to — social incubators and partner institutions — and the
 * programs they run (Jisr for empowerment and leadership). Public catalogue information.
 */
@NullMarked
package ma.socialhub.directory;

import org.jspecify.annotations.NullMarked;
