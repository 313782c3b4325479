package ma.socialhub.counter.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import java.util.function.Consumer;
import ma.socialhub.base.ui.BoundedUpload;
import ma.socialhub.base.ui.QrCamera;
import ma.socialhub.base.ui.QrPhoto;

/**
 * Opens a ticket by showing its QR code to the tablet's camera: a live view decoded in the browser
 * ({@code scripts/qr-scan.js}). Where the camera cannot stream to the page (no permission, an old
 * browser), a photo of the QR code is decoded on the server instead.
 */
class ScanDialog extends Dialog {

    static final int MAX_PHOTO_BYTES = 15 * 1024 * 1024;

    private final Consumer<String> open;
    private final Span status = new Span();
    private final QrCamera camera = new QrCamera(this::scanned, reason -> status.setText(getTranslation("counter.scan.unavailable")));

    ScanDialog(Consumer<String> open) {
        this.open = open;
        addClassName("scan-dialog");
        setHeaderTitle(getTranslation("counter.scan.title"));
        status.addClassName("scan-status");
        status.setText(getTranslation("counter.scan.hint"));

        Upload photo = new Upload(new BoundedUpload(MAX_PHOTO_BYTES, bytes -> getUI().ifPresent(ui -> ui.access(() -> read(bytes))),
                () -> getUI().ifPresent(ui -> ui.access(() -> status.setText(getTranslation("counter.scan.tooLarge"))))));
        photo.setAcceptedFileTypes("image/*");
        photo.setMaxFiles(1);
        photo.setMaxFileSize(MAX_PHOTO_BYTES);
        photo.setDropAllowed(false);
        photo.getElement().setProperty("capture", "environment");
        photo.setUploadButton(new Button(getTranslation("counter.scan.photo")));
        photo.addClassName("scan-photo");

        add(camera, status, new Paragraph(getTranslation("counter.scan.noCamera")), photo);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()));
        addDetachListener(e -> camera.stop());
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                camera.stop();
            }
        });
    }

    /** The decoded text of a photo: opened, or the agent is told it could not be read. */
    void read(byte[] picture) {
        QrPhoto.read(picture).ifPresentOrElse(this::scanned,
                () -> status.setText(getTranslation("counter.scan.unreadable")));
    }

    private void scanned(String text) {
        close();
        open.accept(text);
    }
}
