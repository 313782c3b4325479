package ma.socialhub.intake;

public enum Education {
    NONE, PRIMARY, MIDDLE, SECONDARY, HIGHER, VOCATIONAL
}
