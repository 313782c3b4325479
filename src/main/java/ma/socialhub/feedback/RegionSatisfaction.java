package ma.socialhub.feedback;

/** What the citizens of one region said of one service over a range of days ({@code said.centerId()} is 0). */
public record RegionSatisfaction(short regionId, Satisfaction said) {
}
