using Facturation.Application.Common;
using Facturation.Application.Customers;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Customers;

[Authorize(Policy = Policies.Read)]
public sealed class CustomersController(CustomerService customers) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(string? search, int page = 1, CancellationToken ct = default) =>
        View(new CustomerListViewModel(await customers.ListAsync(new ListQuery(search, page), ct), search, Url.To<CustomersController>(nameof(Index))));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => View(await customers.GetAsync(id, ct));

    [HttpGet]
    [Authorize(Policy = Policies.ManageCustomers)]
    public IActionResult Create() => View(CustomerForm.WithBlankContacts(new CustomerInput()));

    [HttpPost]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Create(CustomerInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var customer = await customers.CreateAsync(input, ct);
        this.FlashSuccess($"Client {customer.Name} créé.");
        return RedirectToAction(nameof(Details), new { id = customer.Id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        return View(new FormViewModel<CustomerInput>(id, CustomerForm.WithBlankContacts(CustomerInput.From(await customers.GetAsync(id, ct)))));
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Edit(int id, CustomerInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(new FormViewModel<CustomerInput>(id, input));
        }

        await customers.UpdateAsync(id, input, ct);
        this.FlashSuccess("Client enregistré.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Deactivate(int id, CancellationToken ct)
    {
        await customers.SetActiveAsync(id, active: false, ct);
        this.FlashSuccess("Client désactivé : il n'est plus proposé sur les nouveaux documents.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Reactivate(int id, CancellationToken ct)
    {
        await customers.SetActiveAsync(id, active: true, ct);
        this.FlashSuccess("Client réactivé.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Create) => View(refused.Action, refused.Input<CustomerInput>()),
            nameof(Edit) => View(refused.Action, new FormViewModel<CustomerInput>(refused.Id, refused.Input<CustomerInput>())),
            _ => null,
        });
}
