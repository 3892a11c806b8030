// The live draft editor (ADR-028). The page is a plain server-rendered form that works without JavaScript; this script
// only sends the same form to the editor's partial endpoints and swaps the HTML they answer: every top-level element of
// an answer that has an id replaces the element with that id. Totals are never computed here: the server prices the
// posted draft with the Invoice aggregate (POST /Invoices/Editor/Preview).
(function () {
    'use strict';
    var form = document.querySelector('[data-draft-editor]');
    if (!form) { return; }
    form.classList.add('editor-live');

    var previewUrl = form.getAttribute('data-preview-url');
    var linesUrl = form.getAttribute('data-lines-url');
    var generation = 0;          // bumped by every structural refresh: older previews are dropped
    var previewTimer = null;
    var previewAbort = null;
    var lineCommand = /^(add|duplicate:|remove:|up:|down:|product:|dossier-line:|customer$|recalc$)/;

    function formData(command) {
        var data = new FormData(form);
        if (command) { data.set('command', command); }
        return data;
    }

    function swap(html) {
        var template = document.createElement('template');
        template.innerHTML = html;
        Array.prototype.slice.call(template.content.children).forEach(function (fresh) {
            var current = fresh.id && document.getElementById(fresh.id);
            if (current) { current.replaceWith(fresh); }
        });
    }

    function post(url, command, signal) {
        return fetch(url, { method: 'POST', body: formData(command), credentials: 'same-origin', signal: signal })
            .then(function (response) {
                if (!response.ok) { throw new Error('HTTP ' + response.status); }
                return response.text();
            });
    }

    function preview() {
        if (previewAbort) { previewAbort.abort(); }
        previewAbort = new AbortController();
        var asked = generation;
        form.setAttribute('aria-busy', 'true');
        post(previewUrl, null, previewAbort.signal).then(function (html) {
            if (asked === generation) { swap(html); }
        }).catch(function () { /* a newer request replaced this one, or the server will say it on save */ })
            .finally(function () { form.removeAttribute('aria-busy'); });
    }

    function schedulePreview() {
        clearTimeout(previewTimer);
        previewTimer = setTimeout(preview, 250);
    }

    // Structural commands redraw the lines (and totals, contacts) in place; focus goes back where the user expects it.
    // Structural refreshes run one after another: each posts the form as the previous one left it.
    var refreshes = Promise.resolve();
    function refresh(command, focusSelector) {
        refreshes = refreshes.then(function () { return refreshNow(command, focusSelector); });
        return refreshes;
    }

    // What the user types while a redraw is on its way would be lost by the swap: it is kept by field name and put back,
    // except after commands that renumber the lines (the names then point at other rows).
    var typedDuringRefresh = null;
    var renumbering = /^(duplicate:|remove:|up:|down:)/;

    function restoreTyped(command) {
        var typed = typedDuringRefresh;
        typedDuringRefresh = null;
        if (!typed || renumbering.test(command)) { return false; }
        var restored = false;
        Object.keys(typed).forEach(function (name) {
            var field = form.elements.namedItem(name);
            if (field && field.value !== typed[name]) { field.value = typed[name]; restored = true; }
        });
        return restored;
    }

    function refreshNow(command, focusSelector) {
        clearTimeout(previewTimer);
        if (previewAbort) { previewAbort.abort(); }
        generation++;
        form.setAttribute('aria-busy', 'true');
        typedDuringRefresh = {};
        return post(linesUrl, command).then(function (html) {
            var focused = document.activeElement && form.contains(document.activeElement) ? document.activeElement.name : null;
            swap(html);
            if (restoreTyped(command)) { schedulePreview(); }
            var target = (focusSelector && form.querySelector(focusSelector))
                || (focused && !form.contains(document.activeElement) && form.elements.namedItem(focused));
            if (target && target.focus) { target.focus(); }
        }).catch(function () {
            // The server could not answer the partial request: fall back to the full-page post of the same command.
            var button = document.createElement('button');
            button.type = 'submit'; button.name = 'command'; button.value = command; button.hidden = true;
            form.appendChild(button);
            form.requestSubmit(button);
        }).finally(function () { form.removeAttribute('aria-busy'); });
    }

    function rowCount() { return form.querySelectorAll('[data-line-row]').length; }

    function focusAfter(command) {
        var parts = command.split(':');
        var index = parseInt(parts[1], 10);
        switch (parts[0]) {
            case 'add': return '[data-line-row="' + rowCount() + '"] [data-combobox-input]';
            case 'duplicate': return '[data-line-row="' + (index + 1) + '"] textarea';
            case 'up': return '[data-line-row="' + Math.max(index - 1, 0) + '"] [data-testid="line-up"]:not([disabled]), [data-line-row="' + (index - 1) + '"] [data-testid="line-down"]';
            case 'down': return '[data-line-row="' + (index + 1) + '"] [data-testid="line-down"]:not([disabled]), [data-line-row="' + (index + 1) + '"] [data-testid="line-up"]';
            case 'remove': return '[data-line-row="' + Math.min(index, rowCount() - 2) + '"] textarea, [data-testid="add-line"]';
            case 'product': return '[data-line-row="' + index + '"] [name$=".Quantity"]';
            default: return null;
        }
    }

    var dialog = document.getElementById('finalize-send-dialog');

    form.addEventListener('click', function (event) {
        var button = event.target.closest('button[name="command"]');
        if (!button || button.disabled) { return; }
        if (button.hasAttribute('data-dialog-close') && dialog) {
            event.preventDefault();
            dialog.close();
            return;
        }
        if (button.value === 'finalize-send' && dialog && dialog.showModal) {
            event.preventDefault();
            dialog.showModal();
            return;
        }
        if (lineCommand.test(button.value)) {
            event.preventDefault();
            refresh(button.value, focusAfter(button.value));
        }
    });

    function remember(field) {
        if (typedDuringRefresh && field.name) { typedDuringRefresh[field.name] = field.value; }
    }

    form.addEventListener('input', function (event) {
        if (event.target.hasAttribute('data-combobox-input')) { search(event.target); return; }
        remember(event.target);
        schedulePreview();
    });
    form.addEventListener('change', function (event) {
        if (!event.target.hasAttribute('data-combobox-input')) { remember(event.target); schedulePreview(); }
    });

    // Enter in the last line adds one; in another line it moves to the same field of the next line.
    form.addEventListener('keydown', function (event) {
        var field = event.target;
        if (field.hasAttribute('data-combobox-input')) { comboboxKey(event); return; }
        if (event.key !== 'Enter' || field.tagName === 'TEXTAREA' || field.tagName === 'BUTTON') { return; }
        var row = field.closest('[data-line-row]');
        if (!row) { return; }
        event.preventDefault();
        var index = parseInt(row.getAttribute('data-line-row'), 10);
        if (index === rowCount() - 1) {
            refresh('add', focusAfter('add'));
        } else {
            var next = form.querySelector('[data-line-row="' + (index + 1) + '"] [name$=".' + field.name.split('.').pop() + '"]');
            if (next) { next.focus(); }
        }
    });

    // Autocompletes (customer, products): the server searches (GET …?q=), at most a few suggestions; picking one fills
    // the hidden id and asks the server to redraw what depends on it (the product's row, the customer's contacts).
    var searchTimer = null;
    var searchAbort = null;

    function parts(input) {
        var box = input.closest('[data-combobox]');
        return { box: box, list: box.querySelector('[data-combobox-list]'), value: box.querySelector('[data-combobox-value]') };
    }

    function close(input) {
        var p = parts(input);
        p.list.hidden = true;
        p.list.innerHTML = '';
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    }

    function search(input) {
        clearTimeout(searchTimer);
        searchTimer = setTimeout(function () {
            var p = parts(input);
            if (searchAbort) { searchAbort.abort(); }
            searchAbort = new AbortController();
            var url = p.box.getAttribute('data-combobox') + '?q=' + encodeURIComponent(input.value.trim());
            fetch(url, { credentials: 'same-origin', signal: searchAbort.signal }).then(function (r) { return r.text(); }).then(function (html) {
                p.list.innerHTML = html;
                Array.prototype.forEach.call(p.list.querySelectorAll('[role="option"]'), function (option, i) { option.id = p.list.id + '-' + i; });
                p.list.hidden = false;
                input.setAttribute('aria-expanded', 'true');
            }).catch(function () { /* replaced by a newer search */ });
        }, 150);
    }

    function pick(input, option) {
        if (!option || !option.hasAttribute('data-value')) { return; }
        var p = parts(input);
        p.value.value = option.getAttribute('data-value');
        input.value = option.textContent.trim();
        close(input);
        var command = p.box.getAttribute('data-combobox-command');
        refresh(command, focusAfter(command));
    }

    function comboboxKey(event) {
        var input = event.target;
        var p = parts(input);
        var options = Array.prototype.slice.call(p.list.querySelectorAll('[role="option"][data-value]'));
        var active = document.getElementById(input.getAttribute('aria-activedescendant') || '');
        var index = options.indexOf(active);
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (p.list.hidden) { search(input); return; }
            index = event.key === 'ArrowDown' ? Math.min(index + 1, options.length - 1) : Math.max(index - 1, 0);
            options.forEach(function (o, i) { o.setAttribute('aria-selected', i === index ? 'true' : 'false'); o.classList.toggle('active', i === index); });
            if (options[index]) { input.setAttribute('aria-activedescendant', options[index].id); }
        } else if (event.key === 'Enter') {
            event.preventDefault();
            pick(input, active || (options.length === 1 ? options[0] : null));
        } else if (event.key === 'Escape') {
            close(input);
        }
    }

    // mousedown, not click: the input's blur must not close the list before the pick.
    form.addEventListener('mousedown', function (event) {
        var option = event.target.closest('[data-combobox-list] [role="option"]');
        if (!option) { return; }
        event.preventDefault();
        pick(option.closest('[data-combobox]').querySelector('[data-combobox-input]'), option);
    });
    form.addEventListener('focusout', function (event) {
        if (event.target.hasAttribute && event.target.hasAttribute('data-combobox-input')) {
            var input = event.target;
            setTimeout(function () { close(input); }, 100);
        }
    });
}());
