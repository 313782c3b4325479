package ma.socialhub.intake;

/** Whether the person is in the Unified Social Registry (RSU). The hub records it; it does not ask the registry. */
public enum RsuStatus {
    REGISTERED, NOT_REGISTERED, UNKNOWN
}
