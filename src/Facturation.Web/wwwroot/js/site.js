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
