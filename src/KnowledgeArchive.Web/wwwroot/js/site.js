// Every page: the menu button on narrow screens, and the search filters folded away there until asked for.
(() => {
  const narrow = window.matchMedia('(max-width: 47.99rem)');
  const toggle = document.getElementById('menu-toggle');
  const nav = document.getElementById('main-nav');
  if (toggle && nav) {
    const fit = () => {
      toggle.hidden = !narrow.matches;
      const open = !narrow.matches || toggle.getAttribute('aria-expanded') === 'true';
      nav.classList.toggle('collapsed', !open);
    };
    toggle.addEventListener('click', () => {
      toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'));
      fit();
    });
    narrow.addEventListener('change', fit);
    fit();
  }

  const panels = document.querySelectorAll('details.facet-panel');
  if (narrow.matches) {
    panels.forEach(panel => { panel.open = false; });
  }
  document.querySelectorAll('a.to-filters').forEach(link => link.addEventListener('click', () => {
    panels.forEach(panel => { panel.open = true; });
  }));
})();
