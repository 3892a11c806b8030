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
