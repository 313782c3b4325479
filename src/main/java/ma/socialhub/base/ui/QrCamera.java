package ma.socialhub.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.function.Consumer;

/**
 * A live camera view that reads QR codes in the browser ({@code scripts/qr-scan.js}: the browser's
 * own BarcodeDetector where it has one, else the shipped jsQR), so no frame ever leaves the device.
 * What it decodes goes to {@code scanned}; why the camera cannot be used (no permission, no camera,
 * an old browser) to {@code unavailable}.
 */
public class QrCamera extends Div {

    /** Longer than any link the hub prints; anything longer is not ours. */
    static final int MAX_TEXT = 300;

    private final Element video = new Element("video");
    private final Consumer<String> scanned;
    private final Consumer<String> unavailable;

    public QrCamera(Consumer<String> scanned, Consumer<String> unavailable) {
        this.scanned = scanned;
        this.unavailable = unavailable;
        addClassName("scan-camera");
        video.setAttribute("autoplay", true);
        video.setAttribute("muted", true);
        video.setAttribute("playsinline", true);
        video.setAttribute("aria-hidden", "true");
        getElement().appendChild(video);
        addAttachListener(e -> {
            e.getUI().getPage().addJavaScript("scripts/vendor/jsQR.js");
            e.getUI().getPage().addJavaScript("scripts/qr-scan.js");
            getElement().executeJs("window.hubQrScan && window.hubQrScan.start($0, this)", video);
        });
        addDetachListener(e -> stop());
    }

    public void stop() {
        getElement().executeJs("window.hubQrScan && window.hubQrScan.stop()");
    }

    /** What the browser decoded. */
    @ClientCallable
    public void scanned(String text) {
        if (text.length() <= MAX_TEXT) {
            scanned.accept(text);
        }
    }

    @ClientCallable
    void cameraUnavailable(String reason) {
        addClassName("unavailable");
        unavailable.accept(reason);
    }
}
