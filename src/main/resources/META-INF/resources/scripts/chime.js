// The display's call chime: two soft tones made with Web Audio, so it needs no sound file and no
// network. Kiosk-mode Chromium is started with --autoplay-policy=no-user-gesture-required.
window.hubChime = window.hubChime || function () {
  try {
    const ctx = window.hubAudio || (window.hubAudio = new (window.AudioContext || window.webkitAudioContext)());
    [[660, 0], [880, 0.35]].forEach(([freq, at]) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, ctx.currentTime + at);
      gain.gain.exponentialRampToValueAtTime(0.4, ctx.currentTime + at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + at + 0.6);
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + at);
      osc.stop(ctx.currentTime + at + 0.65);
    });
  } catch (e) {
    // no audio device: the screen still shows the call
  }
};
