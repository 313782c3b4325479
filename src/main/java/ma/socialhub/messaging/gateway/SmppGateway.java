package ma.socialhub.messaging.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import ma.socialhub.messaging.DeliveryReceipts;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.messaging.Sms;
import ma.socialhub.messaging.SmsGateway;
import ma.socialhub.messaging.SmsParts;
import ma.socialhub.messaging.SubmitOutcome;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.SessionStateListener;
import org.jsmpp.util.DeliveryReceiptState;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's way out through SMPP 3.4: one transceiver session to the operator or aggregator, kept
 * bound by a background thread that binds again by itself (after 1 s, then 2 s, 4 s … at most 30 s)
 * whenever the link is lost, until {@link #close()}.
 *
 * <p>Three rules guard the provider's contract. The rate: never more than {@code ratePerSecond}
 * submit_sm a second, every part counted, callers wait for their turn. The window: never more than
 * {@code window} submit_sm unanswered at once. And "sent again after a fault, never twice": every
 * part carries the outbox reference in the vendor TLV 0x1400, so that when the
 * link drops after the provider took a part but before it answered, the outbox sends the whole
 * message again with the same reference and the provider drops the parts it already has.
 *
 * <p>A caller never waits for a link that is gone: when not bound, {@link #submit} answers
 * {@code Failed(false, "not bound")} at once, and when the link drops under a submit_sm still
 * owed an answer, that submit ends as {@code Failed(false, …)} then and there, not at the end of
 * the response timeout.
 */
public final class SmppGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(SmppGateway.class);

    /** Vendor TLV (0x1400–0x3FFF is the vendor range) carrying the outbox reference, 8 octets big-endian. */
    static final short REFERENCE_TAG = 0x1400;

    private static final int ENQUIRE_LINK_MILLIS = 30_000;
    /** How long the provider may take to answer one submit_sm (or the bind) before the attempt counts as failed. */
    private static final int RESPONSE_MILLIS = 10_000;
    private static final int UNBIND_WAIT_MILLIS = 1_000;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** A caller waits at most this long for a free place in the window, then hears "throttled". */
    private static final Duration WINDOW_WAIT = Duration.ofSeconds(30);
    private static final Duration THROTTLE_PAUSE = Duration.ofSeconds(1);
    private static final byte UDHI = 0x40;
    /** The bind's password field is a C-octet string of 9 octets, the NUL included. */
    private static final int MAX_PASSWORD = 8;

    private final GatewaySettings settings;
    private final DeliveryReceipts receipts;
    private final Clock clock;
    private final RateLimit pace;
    private final Semaphore window;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Guards {@link #link}; the binder waits on it for a loss, a back-off's end or {@link #close()}. */
    private final Object linkLock = new Object();
    private @Nullable Link link;

    public SmppGateway(GatewaySettings settings, DeliveryReceipts receipts, Clock clock) {
        if (settings.kind() != GatewaySettings.Kind.SMPP) {
            throw new IllegalArgumentException("not SMPP settings: " + settings.kind());
        }
        this.settings = settings;
        this.receipts = receipts;
        this.clock = clock;
        this.pace = new RateLimit(settings.ratePerSecond());
        this.window = new Semaphore(Math.max(1, settings.window()), true);
        Thread.ofPlatform().daemon().name("smpp-bind " + settings.host() + ":" + settings.port()).start(this::keepBound);
    }

    @Override
    public SubmitOutcome submit(Sms sms) {
        if (boundLink() == null) {
            return new SubmitOutcome.Failed(false, "not bound");
        }
        if (!sms.to().matches("\\+[1-9][0-9]{1,14}")) {
            return new SubmitOutcome.Failed(true, "not an E.164 number");
        }
        String destination = sms.to().substring(1);
        SmsParts parts = SmsParts.of(sms.text());
        List<byte[]> payloads = parts.payloads((int) (sms.reference() & 0xFF));
        try {
            if (!window.tryAcquire(WINDOW_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return new SubmitOutcome.Throttled(THROTTLE_PAUSE);
            }
            try {
                String lastId = "";
                for (int i = 0; i < payloads.size(); i++) {
                    pace.take(1);
                    Link current = boundLink();
                    if (current == null) {
                        return new SubmitOutcome.Failed(false, partLabel(i, payloads.size()) + "not bound");
                    }
                    boolean last = i == payloads.size() - 1;
                    try {
                        lastId = current.submit(sms, destination, parts.encoding(), payloads.get(i), payloads.size() > 1, last);
                    } catch (ExecutionException e) {
                        // a part refused or lost fails the whole message: the outbox sends all parts
                        // again with the same reference, and the provider drops those it has
                        return outcomeOf(e.getCause() == null ? e : e.getCause(), partLabel(i, payloads.size()));
                    } catch (TimeoutException e) {
                        return new SubmitOutcome.Failed(false, partLabel(i, payloads.size()) + "no answer from the provider");
                    }
                }
                return new SubmitOutcome.Accepted(lastId, payloads.size());
            } finally {
                window.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SubmitOutcome.Failed(false, "interrupted");
        }
    }

    @Override
    public boolean ready() {
        return boundLink() != null;
    }

    @Override
    public String describe() {
        return "SMPP %s:%d as %s (%s)".formatted(settings.host(), settings.port(), settings.systemId(),
                ready() ? "bound" : "not bound");
    }

    /** Unbinds and stops binding again; a second call does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Link last;
        synchronized (linkLock) {
            last = link;
            link = null;
            linkLock.notifyAll();
        }
        if (last != null) {
            // a polite unbind, but no long wait for its answer: the link closes either way
            last.session.setTransactionTimer(UNBIND_WAIT_MILLIS);
            last.session.unbindAndClose();
        }
    }

    private @Nullable Link boundLink() {
        if (closed.get()) {
            return null;
        }
        synchronized (linkLock) {
            return link != null && link.session.getSessionState().isBound() ? link : null;
        }
    }

    /** The binder's loop: bind, wait for the loss, wait the back-off, bind again. */
    private void keepBound() {
        Duration backoff = FIRST_BACKOFF;
        boolean first = true;
        while (!closed.get()) {
            if (!first && !pause(backoff)) {
                return;
            }
            first = false;
            Link bound = bind();
            if (bound == null) {
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                continue;
            }
            backoff = FIRST_BACKOFF;
            awaitLoss(bound);
        }
    }

    private @Nullable Link bind() {
        String password = settings.password() == null ? "" : settings.password();
        if (password.length() > MAX_PASSWORD) {
            // jSMPP would refuse it and write it into its log message: say so here, without it
            log.warn("SMPP password for {} is longer than the {} characters SMPP 3.4 allows: not binding",
                    settings.systemId(), MAX_PASSWORD);
            return null;
        }
        SMPPSession session = new SMPPSession();
        session.setEnquireLinkTimer(ENQUIRE_LINK_MILLIS);
        session.setTransactionTimer(RESPONSE_MILLIS);
        Link candidate = new Link(session);
        session.addSessionStateListener(candidate);
        session.setMessageReceiverListener(new ReceiptListener());
        try {
            session.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TRX,
                    settings.systemId(), password, settings.systemType(), TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, null), RESPONSE_MILLIS);
        } catch (IOException | RuntimeException e) {
            log.warn("SMPP bind to {}:{} as {} failed: {}", settings.host(), settings.port(), settings.systemId(),
                    withoutPassword(String.valueOf(e.getMessage()), password));
            session.close();
            return null;
        }
        synchronized (linkLock) {
            if (!closed.get()) {
                link = candidate;
                log.info("SMPP bound to {}:{} as {}", settings.host(), settings.port(), settings.systemId());
                return candidate;
            }
        }
        session.setTransactionTimer(UNBIND_WAIT_MILLIS);
        session.unbindAndClose();
        return null;
    }

    private static String withoutPassword(String message, String password) {
        return password.isEmpty() ? message : message.replace(password, "***");
    }

    private void awaitLoss(Link bound) {
        synchronized (linkLock) {
            while (!closed.get() && link == bound && bound.session.getSessionState().isBound()) {
                try {
                    // the listener wakes us; the timeout is only a safety net
                    linkLock.wait(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (closed.get()) {
                return; // close() unbinds it
            }
            if (link == bound) {
                link = null;
            }
        }
        SessionState lostIn = bound.session.getSessionState();
        bound.session.close();
        log.warn("SMPP link to {}:{} lost ({}); binding again", settings.host(), settings.port(), lostIn);
    }

    /** Waits {@code length} or until {@link #close()}; false when closed. */
    private boolean pause(Duration length) {
        long end = System.nanoTime() + length.toNanos();
        synchronized (linkLock) {
            for (long left = length.toNanos(); left > 0 && !closed.get(); left = end - System.nanoTime()) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(linkLock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return !closed.get();
    }

    private void wakeBinder() {
        synchronized (linkLock) {
            linkLock.notifyAll();
        }
    }

    private static String partLabel(int index, int count) {
        return count == 1 ? "" : "part %d of %d: ".formatted(index + 1, count);
    }

    /**
     * What a failure means to the outbox. Only what says the message itself is wrong (its number,
     * its length, its coding) is permanent. A refused sender is not: it is the same for every
     * message, the administrator fixes it in the settings and the waiting messages then go. A bare
     * ESME_RSUBMITFAIL says nothing about why, so it is worth another try.
     */
    static SubmitOutcome outcomeOf(Throwable failure, String part) {
        return switch (failure) {
            case NegativeResponseException refused -> outcomeOf(refused.getCommandStatus(), part);
            case ResponseTimeoutException timeout -> new SubmitOutcome.Failed(false, part + "no answer from the provider");
            case PDUException invalid -> new SubmitOutcome.Failed(false, part + "invalid PDU (check the settings): " + invalid.getMessage());
            case IOException io -> new SubmitOutcome.Failed(false, part + "link failed: " + io.getMessage());
            default -> new SubmitOutcome.Failed(false, part + failure);
        };
    }

    static SubmitOutcome outcomeOf(int commandStatus, String part) {
        String answer = part + "provider answered 0x%08X %s".formatted(commandStatus, statusName(commandStatus)).stripTrailing();
        return switch (commandStatus) {
            case SMPPConstant.STAT_ESME_RTHROTTLED, SMPPConstant.STAT_ESME_RMSGQFUL -> new SubmitOutcome.Throttled(THROTTLE_PAUSE);
            case SMPPConstant.STAT_ESME_RINVDSTADR, SMPPConstant.STAT_ESME_RINVDSTTON, SMPPConstant.STAT_ESME_RINVDSTNPI,
                    SMPPConstant.STAT_ESME_RINVMSGLEN, SMPPConstant.STAT_ESME_RINVDCS, SMPPConstant.STAT_ESME_RINVESMCLASS ->
                    new SubmitOutcome.Failed(true, answer);
            default -> new SubmitOutcome.Failed(false, answer);
        };
    }

    private static String statusName(int commandStatus) {
        return switch (commandStatus) {
            case SMPPConstant.STAT_ESME_RINVMSGLEN -> "ESME_RINVMSGLEN";
            case SMPPConstant.STAT_ESME_RSYSERR -> "ESME_RSYSERR";
            case SMPPConstant.STAT_ESME_RINVSRCADR -> "ESME_RINVSRCADR (sender refused: check the sender id)";
            case SMPPConstant.STAT_ESME_RINVDSTADR -> "ESME_RINVDSTADR";
            case SMPPConstant.STAT_ESME_RMSGQFUL -> "ESME_RMSGQFUL";
            case SMPPConstant.STAT_ESME_RINVESMCLASS -> "ESME_RINVESMCLASS";
            case SMPPConstant.STAT_ESME_RSUBMITFAIL -> "ESME_RSUBMITFAIL";
            case SMPPConstant.STAT_ESME_RINVSRCTON, SMPPConstant.STAT_ESME_RINVSRCNPI -> "ESME_RINVSRCTON/NPI (sender refused: check the sender id)";
            case SMPPConstant.STAT_ESME_RINVDSTTON -> "ESME_RINVDSTTON";
            case SMPPConstant.STAT_ESME_RINVDSTNPI -> "ESME_RINVDSTNPI";
            case SMPPConstant.STAT_ESME_RTHROTTLED -> "ESME_RTHROTTLED";
            case SMPPConstant.STAT_ESME_RINVDCS -> "ESME_RINVDCS";
            default -> "";
        };
    }

    /**
     * One session and the submit_sm answers it still owes. When the session leaves the bound
     * state, every caller waiting on it hears at once that the link dropped.
     */
    private final class Link implements SessionStateListener {

        final SMPPSession session;
        private final Set<CompletableFuture<String>> owed = ConcurrentHashMap.newKeySet();

        Link(SMPPSession session) {
            this.session = session;
        }

        @Override
        public void onStateChange(SessionState now, SessionState before, Session source) {
            if (before.isBound() && !now.isBound()) {
                IOException dropped = new IOException("link dropped (" + now + ")");
                owed.forEach(answer -> answer.completeExceptionally(dropped));
                wakeBinder();
            }
        }

        /** Sends one part and waits for its message id, at most a little past the response timeout. */
        String submit(Sms sms, String destination, SmsParts.Encoding encoding, byte[] payload, boolean concatenated,
                boolean last) throws ExecutionException, TimeoutException, InterruptedException {
            CompletableFuture<String> answer = new CompletableFuture<>();
            owed.add(answer);
            try {
                if (!session.getSessionState().isBound()) {
                    throw new ExecutionException(new IOException("link dropped"));
                }
                Thread.ofVirtual().name("smpp-submit").start(() -> {
                    try {
                        answer.complete(send(sms, destination, encoding, payload, concatenated, last));
                    } catch (Throwable e) {
                        answer.completeExceptionally(e);
                    }
                });
                return answer.get(RESPONSE_MILLIS + 2_000L, TimeUnit.MILLISECONDS);
            } finally {
                owed.remove(answer);
            }
        }

        private String send(Sms sms, String destination, SmsParts.Encoding encoding, byte[] payload, boolean concatenated,
                boolean last) throws Exception {
            String sender = sms.sender().isBlank() ? settings.senderId() : sms.sender();
            boolean alphanumeric = sender.chars().anyMatch(Character::isLetter);
            String source = alphanumeric || !sender.startsWith("+") ? sender : sender.substring(1);
            return session.submitShortMessage("",
                    alphanumeric ? TypeOfNumber.ALPHANUMERIC : TypeOfNumber.INTERNATIONAL,
                    alphanumeric ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN, source,
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination,
                    new ESMClass(concatenated ? UDHI : 0), (byte) 0, (byte) 0, null, null,
                    // one receipt a message: the provider bills receipts per part, the outbox tracks one
                    new RegisteredDelivery(last ? SMSCDeliveryReceipt.SUCCESS_FAILURE : SMSCDeliveryReceipt.DEFAULT),
                    (byte) 0,
                    new GeneralDataCoding(encoding == SmsParts.Encoding.UCS2 ? Alphabet.ALPHA_UCS2 : Alphabet.ALPHA_DEFAULT),
                    (byte) 0, payload,
                    new OptionalParameter.OctetString(REFERENCE_TAG, ByteBuffer.allocate(Long.BYTES).putLong(sms.reference()).array()))
                    .getMessageId();
        }
    }

    /**
     * Hands SMSC delivery receipts to {@link DeliveryReceipts}. Every deliver_sm is answered OK,
     * even one it cannot read: an error answer would only make the provider send it again.
     * Messages from handsets are ignored; the hub sends only.
     */
    private final class ReceiptListener implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            if (!MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
                return;
            }
            try {
                DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                // SMPP 3.4's receipted_message_id, when the provider sends it, is the id exactly as
                // submit_sm_resp gave it; the id in the text is sometimes rewritten (hex to decimal)
                OptionalParameter receipted = deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
                String id = receipted instanceof OptionalParameter.COctetString text ? text.getValueAsString() : receipt.getId();
                DeliveryReceiptState state = receipt.getFinalStatus();
                receipts.received(id, state == DeliveryReceiptState.DELIVRD, state == null ? "UNKNOWN" : state.name(),
                        clock.instant());
            } catch (Exception e) {
                log.warn("SMPP delivery receipt not understood, ignored: {}", e.toString());
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
            // no alerts requested: nothing to do
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm not accepted: the hub only sends", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
