package ma.socialhub.base.security;

/**
 * Which screen the current request comes from ({@code counter}, {@code api}, ...), for the audit
 * trail of personal data. Services ask it; the web layer answers it.
 */
public interface CurrentScreen {

    /** The route of the screen acting now, or {@code ""} when the request comes from no screen. */
    String name();
}
