// The document page: keeps the hit bar's height in --hit-bar-height (so anchors and hits scroll below it), and
// replaces a page picture that could not be drawn with a note and the download link.
(() => {
  const bar = document.getElementById('hit-bar');
  if (bar) {
    const measure = () => document.documentElement.style.setProperty('--hit-bar-height', `${bar.offsetHeight}px`);
    measure();
    new ResizeObserver(measure).observe(bar);
  }

  const failed = (figure) => {
    figure.classList.add('failed');
    figure.querySelector('.page-original-missing')?.removeAttribute('hidden');
  };
  document.querySelectorAll('figure.page-original').forEach((figure) => {
    const img = figure.querySelector('img');
    if (!img) {
      return;
    }
    // Failed before this script ran (a lazy picture not yet asked for is not complete).
    if (img.complete && img.naturalWidth === 0) {
      failed(figure);
    }
    img.addEventListener('error', () => failed(figure));
  });
})();
