package ma.socialhub.intake;

/** Which scripts the person reads; the hub speaks and shows pictograms to those who read none. */
public enum Literacy {
    NONE, ARABIC, FRENCH, ARABIC_AND_FRENCH, TIFINAGH
}
