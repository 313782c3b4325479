package ma.socialhub.messaging;

/**
 * A way out to the telephone network: SMPP 3.4 to an operator or aggregator, or an aggregator's
 * plain HTTP interface. Thread-safe: the sender calls {@link #submit} from as many threads as the
 * provider's window allows; the gateway keeps its own rate under the provider's limit by making
 * callers wait.
 */
public interface SmsGateway extends AutoCloseable {

    /** Sends one message (split into parts by the gateway when longer than one), waiting for the answer. */
    SubmitOutcome submit(Sms sms);

    /** Whether the gateway is ready now: for SMPP, bound; for HTTP, its last call did not fail. */
    boolean ready();

    /** A short description for health and administration, never the password. */
    String describe();

    @Override
    void close();
}
