// Invoice editor: a search box filters the options of the select it names (data-filter-select).
document.querySelectorAll('[data-filter-select]').forEach(function (box) {
    var select = document.getElementById(box.getAttribute('data-filter-select'));
    if (!select) { return; }
    box.addEventListener('input', function () {
        var term = box.value.trim().toLowerCase();
        Array.prototype.forEach.call(select.options, function (option) {
            option.hidden = option.value !== '' && term !== '' && option.text.toLowerCase().indexOf(term) < 0;
        });
    });
});
