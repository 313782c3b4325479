/**
 * The partners a center refers people to — social incubators and partner institutions — and the
 * programs they run (Jisr for empowerment and leadership). Public catalogue information.
 */
@NullMarked
@OwnsTables(value = {"partner_organization", "partner_program", "program"},
        publishes = {"partner_place", "program_target"})
package ma.socialhub.directory;

import ma.socialhub.base.db.OwnsTables;
import org.jspecify.annotations.NullMarked;
