package ma.socialhub.messaging.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import ma.socialhub.messaging.GatewaySettings;
import ma.socialhub.messaging.SmsParts;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * A real SMPP 3.4 message centre on the loopback interface, for the gateway's tests: jSMPP's server
 * side, so that the gateway talks the protocol to a peer that parses it, not to a mock.
 *
 * <p>Like a provider that keeps references, it drops a copy of a part it already took (same
 * outbox reference in TLV 0x1400, same part number), answering OK with the message id it gave the
 * first time; it reassembles concatenated parts into one {@link Received} a message. Its fault
 * switches make the link fail the ways a real one does.
 */
public final class LocalSmsc implements AutoCloseable {

    /** One complete message as the centre took it; {@code to} and {@code sender} as on the wire (no "+"). */
    public record Received(long reference, String to, String sender, String text, int parts, String messageId) {
    }

    /**
     * One submit_sm as it arrived, whatever the answer. {@code part} and {@code parts} come from the
     * concatenation header (1 and 1 without one); {@code reference} from TLV 0x1400 (-1 without).
     */
    public record Submit(long reference, int sourceTon, int sourceNpi, String sender, int destTon, int destNpi,
            String to, byte esmClass, byte dataCoding, byte registeredDelivery, int part, int parts) {

        public boolean receiptRequested() {
            return SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(registeredDelivery)
                    || SMSCDeliveryReceipt.FAILURE.containedIn(registeredDelivery);
        }
    }

    private static final Duration BIND_WAIT = Duration.ofSeconds(5);

    private final String systemId;
    private final String password;
    private final ServerSocket socket;
    private final SMPPServerSessionListener listener;
    private final Set<SMPPServerSession> sessions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService receiptSender = Executors.newScheduledThreadPool(2, Thread.ofPlatform().daemon().factory());
    private volatile boolean closed;

    // all below under `this`
    private final List<Submit> submits = new ArrayList<>();
    private final List<Received> messages = new ArrayList<>();
    private final Map<String, String> takenParts = new HashMap<>();
    private final Map<String, TreeMap<Integer, Piece>> assembling = new HashMap<>();
    private final Set<String> refusedDestinations = new HashSet<>();
    /** Random start: message ids stay unique across servers started on the same database, as a provider's are. */
    private long nextMessageId = java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 36);
    private int duplicatesDropped;
    private int throttleLeft;
    private int submitsUntilDrop;
    private long refuseBindsUntil;
    private Duration receiptDelay = Duration.ofMillis(50);

    private LocalSmsc(String systemId, String password) throws IOException {
        this.systemId = systemId;
        this.password = password;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.listener = new SMPPServerSessionListener(socket.getLocalPort(), new BoundSocket(socket));
        listener.setMessageReceiverListener(new Centre());
        Thread.ofPlatform().daemon().name("local-smsc-accept").start(this::acceptLinks);
    }

    /** Listens on a free loopback port for binds with this system id and password. */
    public static LocalSmsc start(String systemId, String password) {
        try {
            return new LocalSmsc(systemId, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Settings that reach this centre with the right credentials. */
    public GatewaySettings settings(String senderId, int ratePerSecond, int window) {
        return new GatewaySettings(GatewaySettings.Kind.SMPP, "127.0.0.1", port(), systemId, password, "",
                senderId, ratePerSecond, window, "");
    }

    public synchronized List<Received> messages() {
        return List.copyOf(messages);
    }

    /** Every submit_sm that arrived, in order, including those throttled, refused or dropped as copies. */
    public synchronized List<Submit> rawSubmits() {
        return List.copyOf(submits);
    }

    /** Parts answered OK but not recorded again, because the same reference and part number was already taken. */
    public synchronized int duplicatesDropped() {
        return duplicatesDropped;
    }

    /** Waits until at least {@code n} complete messages have arrived, and returns them all. */
    public synchronized List<Received> awaitMessages(int n, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        try {
            for (long left = timeout.toNanos(); messages.size() < n; left = end - System.nanoTime()) {
                if (left <= 0) {
                    throw new AssertionError("%d complete messages after %s, expected %d: %s"
                            .formatted(messages.size(), timeout, n, messages));
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return List.copyOf(messages);
    }

    /** Answers the next {@code n} submit_sm with ESME_RTHROTTLED. */
    public synchronized void throttleNext(int n) {
        throttleLeft = n;
    }

    /** Closes every link now, as a provider's restart or a cut cable would. */
    public void dropLinks() {
        sessions.forEach(SMPPServerSession::close);
    }

    /**
     * When the {@code nth} submit_sm from now arrives, takes it (records it, gives it a message id)
     * and then closes every link before answering: the gateway sees a failure although the centre
     * has the part.
     */
    public synchronized void dropLinksAtSubmit(int nth) {
        submitsUntilDrop = nth;
    }

    /** Refuses every bind (ESME_RBINDFAIL) for this long from now. */
    public synchronized void refuseBindsFor(Duration length) {
        refuseBindsUntil = System.nanoTime() + length.toNanos();
    }

    /** How long after taking a message's last part the delivery receipt is sent (50 ms unless told). */
    public synchronized void receiptDelay(Duration delay) {
        receiptDelay = delay;
    }

    /** Answers ESME_RINVDSTADR for this number (with or without its "+"). */
    public synchronized void failPermanently(String destination) {
        refusedDestinations.add(withoutPlus(destination));
    }

    /** How many links are bound now. */
    public int boundLinks() {
        return (int) sessions.stream().filter(s -> s.getSessionState().isBound()).count();
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        dropLinks();
        receiptSender.shutdownNow();
    }

    private void acceptLinks() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                sessions.add(session);
                session.addSessionStateListener((now, before, source) -> {
                    if (!now.isNotClosed()) {
                        sessions.remove(session);
                    }
                });
                Thread.ofVirtual().name("local-smsc-bind").start(() -> awaitBind(session));
            } catch (IOException e) {
                if (!closed) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void awaitBind(SMPPServerSession session) {
        try {
            BindRequest bind = session.waitForBind(BIND_WAIT.toMillis());
            int refusal;
            synchronized (this) {
                refusal = System.nanoTime() < refuseBindsUntil ? SMPPConstant.STAT_ESME_RBINDFAIL
                        : !systemId.equals(bind.getSystemId()) ? SMPPConstant.STAT_ESME_RINVSYSID
                        : !password.equals(bind.getPassword()) ? SMPPConstant.STAT_ESME_RINVPASWD
                        : SMPPConstant.STAT_ESME_ROK;
            }
            if (refusal == SMPPConstant.STAT_ESME_ROK) {
                bind.accept("localsmsc");
            } else {
                bind.reject(refusal);
            }
        } catch (TimeoutException | IOException | PDUStringException | RuntimeException e) {
            session.close();
        }
    }

    /** What the centre does with one submit_sm; the answer is the message id, or an error status. */
    private SubmitSmResult take(SubmitSm submit, SMPPServerSession link) throws ProcessRequestException {
        Submit arrived = describe(submit);
        String messageId;
        boolean drop;
        synchronized (this) {
            submits.add(arrived);
            drop = submitsUntilDrop > 0 && --submitsUntilDrop == 0;
            if (!drop && throttleLeft > 0) {
                throttleLeft--;
                throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
            }
            if (refusedDestinations.contains(arrived.to())) {
                throw new ProcessRequestException("invalid destination", SMPPConstant.STAT_ESME_RINVDSTADR);
            }
            String partKey = arrived.reference() + "/" + arrived.part();
            String taken = arrived.reference() >= 0 ? takenParts.get(partKey) : null;
            if (taken != null) {
                duplicatesDropped++;
                messageId = taken;
            } else {
                messageId = "%010X".formatted(nextMessageId++);
                if (arrived.reference() >= 0) {
                    takenParts.put(partKey, messageId);
                }
                assemble(arrived, udhReference(submit), text(submit, arrived), messageId);
                if (arrived.part() == arrived.parts() && arrived.receiptRequested()) {
                    scheduleReceipt(arrived, messageId, link, 0, receiptDelay);
                }
            }
        }
        if (drop) {
            dropLinks();
            throw new ProcessRequestException("link dropped before the answer", SMPPConstant.STAT_ESME_RSYSERR);
        }
        try {
            return new SubmitSmResult(new MessageId(messageId), new OptionalParameter[0]);
        } catch (PDUStringException e) {
            throw new ProcessRequestException("message id", SMPPConstant.STAT_ESME_RSYSERR, e);
        }
    }

    private void assemble(Submit part, int udhReference, String text, String messageId) {
        String key = part.reference() + "/" + udhReference + "/" + part.sender() + "/" + part.to() + "/" + part.parts();
        TreeMap<Integer, Piece> pieces = assembling.computeIfAbsent(key, k -> new TreeMap<>());
        pieces.put(part.part(), new Piece(text, messageId));
        if (pieces.size() == part.parts()) {
            assembling.remove(key);
            StringBuilder whole = new StringBuilder();
            pieces.values().forEach(piece -> whole.append(piece.text()));
            // the last part's id is the one the gateway reports and the receipt quotes
            messages.add(new Received(part.reference(), part.to(), part.sender(), whole.toString(), part.parts(),
                    pieces.lastEntry().getValue().messageId()));
            notifyAll();
        }
    }

    private record Piece(String text, String messageId) {
    }

    /** Sends the receipt on the link that took the message, or on another bound one; retries while none is bound. */
    private void scheduleReceipt(Submit message, String messageId, SMPPServerSession preferred, int attempt, Duration delay) {
        if (closed || attempt > 50) {
            return;
        }
        receiptSender.schedule(() -> {
            SMPPServerSession link = preferred.getSessionState().isBound() ? preferred
                    : sessions.stream().filter(s -> s.getSessionState().isBound()).findFirst().orElse(null);
            try {
                if (link == null) {
                    throw new IOException("no bound link");
                }
                Date now = new Date();
                DeliveryReceipt receipt = new DeliveryReceipt(messageId, 1, 1, now, now, DeliveryReceiptState.DELIVRD, "000", "");
                link.deliverShortMessage("",
                        TypeOfNumber.valueOf((byte) message.destTon()), NumberingPlanIndicator.valueOf((byte) message.destNpi()), message.to(),
                        TypeOfNumber.valueOf((byte) message.sourceTon()), NumberingPlanIndicator.valueOf((byte) message.sourceNpi()), message.sender(),
                        new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                        (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO, receipt.toString().getBytes(),
                        new OptionalParameter.Receipted_message_id(messageId));
            } catch (Exception e) {
                scheduleReceipt(message, messageId, preferred, attempt + 1, Duration.ofMillis(100));
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Submit describe(SubmitSm submit) {
        int part = 1;
        int parts = 1;
        byte[] octets = submit.getShortMessage();
        if (submit.isUdhi() && octets.length > 6 && octets[1] == 0x00) {
            parts = octets[4] & 0xFF;
            part = octets[5] & 0xFF;
        }
        OptionalParameter tlv = submit.getOptionalParameter(SmppGateway.REFERENCE_TAG);
        long reference = tlv instanceof OptionalParameter.OctetString value && value.getValue().length == Long.BYTES
                ? ByteBuffer.wrap(value.getValue()).getLong() : -1;
        return new Submit(reference, submit.getSourceAddrTon(), submit.getSourceAddrNpi(), submit.getSourceAddr(),
                submit.getDestAddrTon(), submit.getDestAddrNpi(), submit.getDestAddress(), submit.getEsmClass(),
                submit.getDataCoding(), submit.getRegisteredDelivery(), part, parts);
    }

    private static int udhReference(SubmitSm submit) {
        byte[] octets = submit.getShortMessage();
        return submit.isUdhi() && octets.length > 6 ? octets[3] & 0xFF : -1;
    }

    private static String text(SubmitSm submit, Submit part) {
        byte[] octets = submit.getShortMessage();
        int start = submit.isUdhi() ? 1 + (octets[0] & 0xFF) : 0;
        byte[] body = Arrays.copyOfRange(octets, start, octets.length);
        SmsParts.Encoding encoding = part.dataCoding() == 0x08 ? SmsParts.Encoding.UCS2 : SmsParts.Encoding.GSM7;
        return SmsParts.decode(body, encoding);
    }

    private static String withoutPlus(String number) {
        return number.startsWith("+") ? number.substring(1) : number;
    }

    /** The centre's answers to each kind of request; only submit_sm is served. */
    private final class Centre implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
            return take(submitSm, source);
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported();
        }

        private ProcessRequestException unsupported() {
            return new ProcessRequestException("not served by the local centre", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }

    /** jSMPP's listener on a socket already open on a free port (port 0 would leave the port unknown). */
    private record BoundSocket(ServerSocket socket) implements ServerConnectionFactory {

        @Override
        public ServerConnection listen(int port) {
            return new ServerSocketConnection(socket);
        }

        @Override
        public ServerConnection listen(int port, int timeout) throws IOException {
            socket.setSoTimeout(timeout);
            return listen(port);
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
            return listen(port, timeout);
        }
    }
}
