// Customer filter autocomplete (list, payments journal): asks the server for at most 20 matches, never lists every customer.
(() => {
    'use strict';
    const search = document.getElementById('customer-search');
    const hidden = document.getElementById('customer-id');
    const options = document.getElementById('customer-options');
    if (!search || !hidden || !options) {
        return;
    }
    let timer;
    search.addEventListener('input', () => {
        clearTimeout(timer);
        const chosen = [...options.options].find((o) => o.value === search.value);
        hidden.value = chosen ? chosen.dataset.id : '';
        if (chosen || search.value.length < 2) {
            return;
        }
        timer = setTimeout(async () => {
            const response = await fetch(`${search.dataset.autocomplete}?term=${encodeURIComponent(search.value)}`);
            const customers = response.ok ? await response.json() : [];
            options.replaceChildren(...customers.map((c) => {
                const option = document.createElement('option');
                option.value = c.label;
                option.dataset.id = c.id;
                return option;
            }));
        }, 200);
    });
})();
