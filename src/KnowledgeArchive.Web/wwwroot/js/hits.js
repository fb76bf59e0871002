// Moves through a document's search hits: "Previous hit" / "Next hit" (or the keys p and n), one hit at a time.
// Without script the buttons still jump to the last and first hit.
(() => {
  const hits = Array.from(document.querySelectorAll('mark.hit'));
  const next = document.getElementById('next-hit');
  const previous = document.getElementById('previous-hit');
  const position = document.getElementById('hit-position');
  if (hits.length === 0 || !next || !previous || !position) {
    return;
  }

  let current = -1;
  const go = (index) => {
    if (current >= 0) {
      hits[current].classList.remove('current');
    }
    current = (index + hits.length) % hits.length;
    const hit = hits[current];
    hit.classList.add('current');
    hit.scrollIntoView({ block: 'center' });
    position.textContent = `hit ${current + 1} of ${hits.length} · page ${hit.dataset.page}`;
    history.replaceState(null, '', `#${hit.id}`);
  };

  next.addEventListener('click', (e) => { e.preventDefault(); go(current + 1); });
  previous.addEventListener('click', (e) => { e.preventDefault(); go(current - 1); });
  document.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) {
      return;
    }
    if (e.key === 'n') { go(current + 1); }
    if (e.key === 'p') { go(current - 1); }
  });

  // Opened at a page (from a search result) or at a hit: start at the first hit there.
  const page = /^#page-(\d+)$/.exec(location.hash);
  const start = page
    ? hits.findIndex((h) => Number(h.dataset.page) >= Number(page[1]))
    : hits.findIndex((h) => `#${h.id}` === location.hash);
  if (start >= 0) {
    go(start);
  }
})();
