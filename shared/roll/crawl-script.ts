// The player inside the HTML export: holds each opening card for its beat, then crawls the end credits a whole
// number of frame pixels per frame at the frame rate, as a finished crawl moves. Space pauses, R restarts,
// Escape stops and shows the roll as a page. Only the exported file carries it: the app's preview is drawn
// without script (its Content Security Policy allows none inline).
import { FRAME_RATES, FRAMES, type FrameName, type FrameRateName } from './timing';

export function crawlScript(frame: FrameName, fps: FrameRateName, speedPxPerFrame: number): string {
  const settings = JSON.stringify({ fps: FRAME_RATES[fps], speed: speedPxPerFrame, frameWidth: FRAMES[frame].width });
  return `(function () {
  var cfg = ${settings};
  var body = document.body;
  var stage = document.querySelector('.rc-stage');
  var end = document.querySelector('.rc-end');
  var cards = Array.prototype.slice.call(document.querySelectorAll('.rc-card'));
  var holds = cards.map(function (c) { return Number(c.getAttribute('data-hold')) || 3; });
  var start = 0, pausedAt = null, raf = 0;
  function show(index) { cards.forEach(function (c, i) { c.classList.toggle('rc-on', i === index); }); }
  function tick(now) {
    raf = requestAnimationFrame(tick);
    if (pausedAt !== null) return;
    var t = (now - start) / 1000, acc = 0;
    for (var i = 0; i < cards.length; i++) {
      if (t < acc + holds[i]) { show(i); end.style.visibility = 'hidden'; return; }
      acc += holds[i];
    }
    show(-1);
    end.style.visibility = 'visible';
    // Whole frames only: the crawl steps cfg.speed frame pixels per frame, scaled to the stage on this screen.
    var frames = Math.floor((t - acc) * cfg.fps);
    var scale = stage.clientWidth / cfg.frameWidth;
    var y = stage.clientHeight - frames * cfg.speed * scale;
    end.style.transform = 'translateY(' + y + 'px)';
    if (y + end.offsetHeight < 0) stop();
  }
  function play() {
    body.classList.add('rc-playing');
    start = performance.now();
    pausedAt = null;
    cancelAnimationFrame(raf);
    raf = requestAnimationFrame(tick);
  }
  function stop() {
    cancelAnimationFrame(raf);
    body.classList.remove('rc-playing');
    end.style.transform = '';
    end.style.visibility = '';
    show(-1);
  }
  function togglePause() {
    if (!body.classList.contains('rc-playing')) return play();
    if (pausedAt === null) { pausedAt = performance.now(); }
    else { start += performance.now() - pausedAt; pausedAt = null; }
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === ' ') { e.preventDefault(); togglePause(); }
    else if (e.key === 'r' || e.key === 'R' || e.key === 'Home') play();
    else if (e.key === 'Escape') stop();
  });
  stage.addEventListener('click', togglePause);
  setTimeout(play, 800);
})();`;
}
