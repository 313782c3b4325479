// The counter's live QR scan: the tablet's back camera in a <video>, decoded in the browser (the
// browser's own BarcodeDetector where it has one, else the shipped jsQR), so no frame ever leaves
// the tablet. The decoded text goes to the server through the host component's $server.scanned.
window.hubQrScan = window.hubQrScan || (function () {
  let stream = null;
  let timer = null;

  function detector() {
    try {
      return 'BarcodeDetector' in window ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null;
    } catch (e) {
      return null; // the browser has the API but not the QR format
    }
  }

  async function start(video, host) {
    stop();
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      host.$server.cameraUnavailable('unsupported');
      return;
    }
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (e) {
      host.$server.cameraUnavailable((e && e.name) || 'error');
      return;
    }
    video.srcObject = stream;
    video.muted = true;
    video.setAttribute('playsinline', '');
    try { await video.play(); } catch (e) { /* autoplay of a muted stream is allowed; keep going */ }
    const native = detector();
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    let busy = false;
    timer = setInterval(async () => {
      if (busy || !video.videoWidth) return;
      busy = true;
      try {
        let text = null;
        if (native) {
          const codes = await native.detect(video);
          if (codes.length) text = codes[0].rawValue;
        } else if (window.jsQR) {
          canvas.width = video.videoWidth;
          canvas.height = video.videoHeight;
          context.drawImage(video, 0, 0);
          const image = context.getImageData(0, 0, canvas.width, canvas.height);
          const code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
          if (code && code.data) text = code.data;
        }
        if (text) {
          stop();
          host.$server.scanned(text);
        }
      } catch (e) {
        // a frame that cannot be read: try the next one
      } finally {
        busy = false;
      }
    }, 250);
  }

  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    if (stream) stream.getTracks().forEach(track => track.stop());
    stream = null;
  }

  return { start, stop };
})();
