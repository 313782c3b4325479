package ma.socialhub.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The server keeps the upload's limit itself: a script that ignores the browser's hint gets nothing in. */
class BoundedUploadTest {

    @Test
    void anUploadWithinTheLimitIsReceivedWhole() throws Exception {
        List<byte[]> received = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        UploadEvent event = upload(new byte[1000], 1000);
        new BoundedUpload(1000, received::add, refused::incrementAndGet).handleUploadRequest(event);
        assertThat(received).singleElement().satisfies(b -> assertThat(b).hasSize(1000));
        assertThat(refused).hasValue(0);
        assertThat(event.isRejected()).isFalse();
    }

    @Test
    void anUploadLargerThanTheLimitIsRejectedEvenWhenItsDeclaredSizeLies() throws Exception {
        List<byte[]> received = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        // declared small, sent large: the body itself is counted
        UploadEvent lying = upload(new byte[5000], 10);
        new BoundedUpload(1000, received::add, refused::incrementAndGet).handleUploadRequest(lying);
        UploadEvent honest = upload(new byte[5000], 5000);
        new BoundedUpload(1000, received::add, refused::incrementAndGet).handleUploadRequest(honest);
        assertThat(received).isEmpty();
        assertThat(refused).hasValue(2);
        assertThat(lying.isRejected()).isTrue();
        assertThat(honest.isRejected()).isTrue();
    }

    private static UploadEvent upload(byte[] body, long declaredSize) throws Exception {
        VaadinRequest request = mock(VaadinRequest.class);
        InputStream stream = new ByteArrayInputStream(body);
        when(request.getInputStream()).thenReturn(stream);
        return new UploadEvent(request, null, null, "photo.png", declaredSize, "image/png", null, null);
    }
}
