// The kiosk's voice: the browser's own speech synthesis, which works offline with the voices
// installed on the kiosk (espeak-ng through speech-dispatcher on Debian: Arabic, French, English).
// Where no voice speaks the language (Tamazight today), or speech is missing, a chime plays
// instead so that the person still hears that something happened. See docs/adr/0005.
window.hubSay = window.hubSay || function (text, lang) {
  const synth = window.speechSynthesis;
  const voices = synth ? synth.getVoices() : [];
  const voice = voices.find(v => (v.lang || '').toLowerCase().startsWith(lang));
  if (!synth || !voice) {
    if (window.hubChime) window.hubChime();
    return 'chime';
  }
  synth.cancel(); // a new message replaces the one being spoken: never two voices at once
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9;
  synth.speak(utterance);
  return 'voice';
};
if (window.speechSynthesis) {
  // voices load asynchronously in Chromium; ask early so the first message finds them
  window.speechSynthesis.getVoices();
}
