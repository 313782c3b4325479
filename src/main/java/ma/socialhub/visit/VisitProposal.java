package ma.socialhub.visit;

import ma.socialhub.orientation.Proposal;
import org.jspecify.annotations.Nullable;

/** A proposal for the person of a visit and what the agent decided about it, if anything yet. */
public record VisitProposal(Proposal proposal, @Nullable ProposalDecision decision) {
}
