// Adds a blank contact row to the customer form by cloning the template and renumbering its fields.
document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-add-contact]");
    if (!button) return;
    event.preventDefault();
    var container = document.getElementById("contacts");
    var template = document.getElementById("contact-template");
    var index = container.querySelectorAll(".contact-row").length;
    var html = template.innerHTML.replace(/__index__/g, String(index));
    container.insertAdjacentHTML("beforeend", html);
});

// Forms marked data-confirm ask before submitting (e.g. sending reminders to customers).
document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) event.preventDefault();
});

// A header checkbox data-check-all="name" checks or unchecks every checkbox of that name.
document.addEventListener("change", function (event) {
    var name = event.target.getAttribute && event.target.getAttribute("data-check-all");
    if (!name) return;
    document.querySelectorAll('input[type="checkbox"][name="' + name + '"]').forEach(function (box) { box.checked = event.target.checked; });
});

// Irreversible actions (ADR-029): a link data-dialog="id" opens that native <dialog> instead of its confirmation page.
document.addEventListener("click", function (event) {
    var trigger = event.target.closest && event.target.closest("[data-dialog]");
    if (!trigger) return;
    var dialog = document.getElementById(trigger.getAttribute("data-dialog"));
    if (!dialog || typeof dialog.showModal !== "function") return;
    event.preventDefault();
    var menu = trigger.closest("details");
    if (menu) menu.open = false;
    dialog.showModal();
    var field = dialog.querySelector("textarea, input:not([type=hidden])");
    if (field) field.focus();
});

// An open Actions menu closes on a click elsewhere or on Escape.
document.addEventListener("click", function (event) {
    document.querySelectorAll("details.action-dropdown[open]").forEach(function (menu) {
        if (!menu.contains(event.target)) menu.open = false;
    });
});
document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll("details.action-dropdown[open]").forEach(function (menu) {
        menu.open = false;
        menu.querySelector("summary").focus();
    });
});

// SMTP settings: the security follows the port (465 → SSL/TLS, 587 → STARTTLS, else automatic) until chosen by hand.
document.addEventListener("input", function (event) {
    document.querySelectorAll("select[data-security-by-port]").forEach(function (select) {
        if (select.dataset.chosen || !event.target.matches(select.getAttribute("data-security-by-port"))) return;
        var port = event.target.value.trim();
        select.value = port === "465" ? "SslOnConnect" : port === "587" ? "StartTls" : "Auto";
    });
});
document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("select[data-security-by-port]")) event.target.dataset.chosen = "1";
});
