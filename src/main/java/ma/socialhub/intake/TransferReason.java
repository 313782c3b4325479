package ma.socialhub.intake;

/**
 * Why a file kept at another center is brought to this one, chosen from a list: a free text here
 * would invite the very details (a violent relative, a new address) that the move protects.
 */
public enum TransferReason {
    /** The person now lives near this center. */
    MOVED,
    /** The person comes here for a service or a program offered here. */
    SERVICE_HERE,
    /** Another center or a partner sent the person here. */
    REFERRED_HERE,
    OTHER
}
