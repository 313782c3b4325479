package ma.socialhub.intake;

public enum Sex {
    F, M
}
