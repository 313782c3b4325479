package ma.socialhub.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * An upload received in memory up to {@code maxBytes} and refused beyond, on the server: the
 * Upload component's own size limit is only a hint to the browser, which a script sending the
 * request by hand does not follow. Nothing past the limit is kept in memory.
 */
public final class BoundedUpload implements UploadHandler {

    private final long maxBytes;
    private final Consumer<byte[]> received;
    private final Runnable refused;

    /**
     * @param received called with the bytes of an upload within the limit
     * @param refused called (on the request's thread, without the UI lock) when an upload is too large
     */
    public BoundedUpload(long maxBytes, Consumer<byte[]> received, Runnable refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            event.reject("too large");
            refused.run();
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            event.reject("too large");
            refused.run();
            return;
        }
        received.accept(bytes);
    }
}
