package ma.socialhub.visit;

/** The agent's answer to a proposal, with the person. */
public enum ProposalDecision {
    ACCEPTED, REJECTED
}
