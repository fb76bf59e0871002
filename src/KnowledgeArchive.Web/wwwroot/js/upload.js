// Upload from the browser: every file dropped or chosen is sent on its own (with a progress bar), then its document
// is asked after until it is read, and the outcome is shown beside it and announced to screen readers.
(() => {
  const form = document.getElementById('upload-form');
  const zone = document.getElementById('drop-zone');
  const input = document.getElementById('files');
  const list = document.getElementById('uploads');
  const none = document.getElementById('no-uploads');
  const announcer = document.getElementById('upload-announcer');
  if (!form || !zone || !input || !list || !announcer) {
    return;
  }

  const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
  const pollEvery = 1000;

  const announce = (text) => {
    const line = document.createElement('p');
    line.textContent = text;
    announcer.append(line);
  };

  const link = (href, text) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  };

  const settle = (item, state, parts, spoken) => {
    item.dataset.state = state;
    item.querySelector('progress').hidden = true;
    const outcome = item.querySelector('.outcome');
    outcome.replaceChildren(...parts);
    announce(`${item.dataset.file}: ${spoken}`);
  };

  const problemOf = (xhr) => {
    try {
      const problem = JSON.parse(xhr.responseText);
      return problem.detail || problem.title || `${xhr.status} ${xhr.statusText}`;
    } catch {
      return `${xhr.status} ${xhr.statusText || 'error'}`;
    }
  };

  const follow = async (item, id) => {
    const details = form.dataset.detailsUrl + encodeURIComponent(id);
    for (;;) {
      const response = await fetch(form.dataset.documentUrl + encodeURIComponent(id), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (response.status === 404) {
        settle(item, 'hidden', ['Accepted, but restricted: your role may not see it.'], 'accepted, restricted');
        return;
      }
      if (!response.ok) {
        settle(item, 'error', [`Could not ask after it: ${response.status}. `, link(details, 'Open it')], 'could not ask after it');
        return;
      }
      const doc = await response.json();
      if (doc.status === 'indexed') {
        settle(item, 'indexed', ['Indexed: ', link(details, doc.title || doc.fileName)], `indexed as ${doc.title || doc.fileName}`);
        return;
      }
      if (doc.status === 'quarantined') {
        const why = `${doc.quarantineCode}: ${doc.quarantineReason}`;
        settle(item, 'quarantined', [`Quarantined (${why}). `, link(details, 'Act on it')], `quarantined, ${why}`);
        return;
      }
      item.querySelector('.outcome').textContent = 'Uploaded; being read…';
      await new Promise((resolve) => setTimeout(resolve, pollEvery));
    }
  };

  const upload = (file) => {
    const item = document.createElement('li');
    item.className = 'upload';
    item.dataset.file = file.name;
    item.dataset.state = 'uploading';
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = file.name;
    const progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute('aria-label', `Upload of ${file.name}`);
    const outcome = document.createElement('span');
    outcome.className = 'outcome';
    outcome.textContent = 'Uploading…';
    item.append(name, progress, outcome);
    list.append(item);
    if (none) {
      none.hidden = true;
    }

    const body = new FormData();
    body.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.dataset.uploadUrl);
    xhr.setRequestHeader('RequestVerificationToken', token);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        progress.value = Math.round((100 * e.loaded) / e.total);
      }
    });
    xhr.addEventListener('load', () => {
      progress.value = 100;
      if (xhr.status === 200 || xhr.status === 202) {
        const reply = JSON.parse(xhr.responseText);
        if (reply.status === 'duplicate') {
          settle(item, 'duplicate', ['Already in the archive: ', link(form.dataset.detailsUrl + encodeURIComponent(reply.documentId), reply.documentId)], 'already in the archive');
        } else {
          item.dataset.documentId = reply.documentId;
          follow(item, reply.documentId).catch(() => settle(item, 'error', ['Lost touch with the archive while it was being read.'], 'lost touch'));
        }
      } else {
        settle(item, 'refused', [`Refused: ${problemOf(xhr)}`], `refused, ${problemOf(xhr)}`);
      }
    });
    xhr.addEventListener('error', () => settle(item, 'refused', ['Refused: the upload did not reach the archive.'], 'the upload failed'));
    xhr.send(body);
  };

  const uploadAll = (files) => Array.from(files).forEach(upload);

  input.addEventListener('change', () => {
    uploadAll(input.files);
    input.value = '';
  });
  ['dragenter', 'dragover'].forEach((type) => zone.addEventListener(type, (e) => {
    e.preventDefault();
    zone.classList.add('dragging');
  }));
  ['dragleave', 'drop'].forEach((type) => zone.addEventListener(type, () => zone.classList.remove('dragging')));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length > 0) {
      uploadAll(e.dataTransfer.files);
    }
  });
})();
