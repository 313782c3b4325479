package ma.socialhub.orientation;

import java.util.List;

/** Something the hub proposes for a person, the rule that produced it and the criteria it met. */
public record Proposal(OrientationRule rule, List<OrientationRule.Match> because) {

    public Proposal {
        because = List.copyOf(because);
    }
}
