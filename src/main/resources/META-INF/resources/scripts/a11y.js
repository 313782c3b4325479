// Fixes, in the browser, what Vaadin's own elements leave for assistive technology (see Landmarks.java).
(() => {
  if (window.hubA11y) {
    return;
  }
  window.hubA11y = true;

  // vaadin-grid sizes its columns with a row of empty cells in a <caption> of its table: layout, not
  // content. As gridcells outside any row they break the table's structure for screen readers.
  const sizer = grid => {
    const caption = grid.shadowRoot && grid.shadowRoot.querySelector('#sizer');
    if (!caption) {
      return false;
    }
    // only what is not quiet yet is written: a write of the same value would wake the observer again
    const quiet = () => {
      if (caption.getAttribute('aria-hidden') !== 'true') {
        caption.setAttribute('aria-hidden', 'true');
      }
      [caption, ...caption.querySelectorAll('[role]')]
        .filter(element => element.getAttribute('role') !== 'presentation')
        .forEach(element => element.setAttribute('role', 'presentation'));
    };
    quiet();
    // the grid makes the cells anew when its columns change
    new MutationObserver(quiet).observe(caption, { childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'aria-hidden'] });
    return true;
  };
  const grid = element => {
    if (element.__hubSizer) {
      return;
    }
    element.__hubSizer = true;
    const attempt = tries => {
      if (!sizer(element) && tries > 0) {
        setTimeout(() => attempt(tries - 1), 100);
      }
    };
    attempt(50);
  };

  // a select's list of options is named after the select, as its label says
  const listBox = element => {
    const select = element.closest('vaadin-select');
    if (select && !element.hasAttribute('aria-label')) {
      element.setAttribute('aria-label', select.label || select.getAttribute('aria-label') || '');
    }
  };

  // the "connection lost" banner is a status message, not content outside the page's landmarks
  const indicator = element => element.setAttribute('role', 'status');

  const visit = node => {
    if (node.nodeType !== 1) {
      return;
    }
    const handle = element => {
      switch (element.localName) {
        case 'vaadin-grid': grid(element); break;
        case 'vaadin-select-list-box': listBox(element); break;
        case 'vaadin-connection-indicator': indicator(element); break;
      }
    };
    handle(node);
    node.querySelectorAll('vaadin-grid, vaadin-select-list-box, vaadin-connection-indicator').forEach(handle);
  };
  visit(document.body);
  new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(visit)))
    .observe(document.body, { childList: true, subtree: true });
})();
