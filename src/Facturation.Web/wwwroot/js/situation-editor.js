// Situation form: "100 %" buttons fill the cumulative progress of one line, or of every line.
document.querySelectorAll('[data-percent-full]').forEach(function (button) {
    button.addEventListener('click', function () {
        var input = button.closest('tr').querySelector('[data-percent-input]');
        if (input) { input.value = '100'; }
    });
});
document.querySelectorAll('[data-percent-all]').forEach(function (button) {
    button.addEventListener('click', function () {
        document.querySelectorAll('[data-percent-input]').forEach(function (input) { input.value = '100'; });
    });
});
