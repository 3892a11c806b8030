// The invoice list's progressive enhancement (ADR-022); without it every row still links to its document.
(() => {
    'use strict';
    const table = document.querySelector('[data-testid="invoice-list"]');
    const modal = document.getElementById('document-modal');
    if (!table) {
        return;
    }

    // Double-click: an issued document opens in the modal with its archived PDF; a draft opens in the editor.
    table.addEventListener('dblclick', (event) => {
        const row = event.target.closest('tr[data-open]');
        if (!row) {
            return;
        }
        if (row.dataset.pdf && modal && modal.showModal) {
            modal.querySelector('[data-modal-title]').textContent = row.dataset.number;
            modal.querySelector('[data-modal-open]').href = row.dataset.open;
            modal.querySelector('[data-modal-pdf]').src = row.dataset.pdf;
            modal.showModal();
        } else {
            window.location.href = row.dataset.open;
        }
    });
    modal?.querySelector('[data-modal-close]')?.addEventListener('click', () => modal.close());

    // Selection: select all, and the merge button names how many drafts it would merge.
    const boxes = () => [...table.querySelectorAll('input[name="invoiceIds"]')];
    const merge = document.querySelector('[data-merge]');
    const refresh = () => {
        if (merge) {
            const drafts = boxes().filter((b) => b.checked && b.closest('tr').dataset.status === 'Draft').length;
            merge.textContent = `Fusionner ${drafts} factures`;
            merge.disabled = drafts < 2;
        }
    };
    table.querySelector('[data-select-all]')?.addEventListener('change', (event) => {
        boxes().forEach((b) => { b.checked = event.target.checked; });
        refresh();
    });
    table.addEventListener('change', refresh);
    refresh();
    document.querySelectorAll('[data-confirm]').forEach((button) => button.addEventListener('click', (event) => {
        if (!window.confirm(button.dataset.confirm)) {
            event.preventDefault();
        }
    }));
})();
