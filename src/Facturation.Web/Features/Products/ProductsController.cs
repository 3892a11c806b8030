using Facturation.Application.Catalog;
using Facturation.Application.Common;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Products;

[Authorize(Policy = Policies.Read)]
public sealed class ProductsController(ProductService products) : Controller, IRedrawsForm
{
    [HttpGet]
    public async Task<IActionResult> Index(string? search, int page = 1, CancellationToken ct = default) =>
        View(new ProductListViewModel(await products.ListAsync(new ListQuery(search, page), ct), search, await products.ReferencesAsync(ct), Url.To<ProductsController>(nameof(Index))));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        View(new ProductDetailsViewModel(await products.GetAsync(id, ct), await products.ReferencesAsync(ct)));

    [HttpGet]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        return View(await FormPageAsync(null, new ProductInput(), ct));
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Create(ProductInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await FormPageAsync(null, input, ct));
        }

        var product = await products.CreateAsync(input, ct);
        this.FlashSuccess($"Produit {product.Code} créé.");
        return RedirectToAction(nameof(Details), new { id = product.Id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        return View(await FormPageAsync(id, ProductInput.From(await products.GetAsync(id, ct)), ct));
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Edit(int id, ProductInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(await FormPageAsync(id, input, ct));
        }

        await products.UpdateAsync(id, input, ct);
        this.FlashSuccess("Produit enregistré.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Deactivate(int id, CancellationToken ct)
    {
        await products.SetActiveAsync(id, active: false, ct);
        this.FlashSuccess("Produit désactivé : il n'est plus proposé sur les nouvelles lignes.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Reactivate(int id, CancellationToken ct)
    {
        await products.SetActiveAsync(id, active: true, ct);
        this.FlashSuccess("Produit réactivé.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The form of the refused action, drawn again with the user's input and the refusal next to its field.</summary>
    public async Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        refused?.Action switch
        {
            nameof(Create) => View(refused.Action, await FormPageAsync(null, refused.Input<ProductInput>(), ct)),
            nameof(Edit) => View(refused.Action, await FormPageAsync(refused.Id, refused.Input<ProductInput>(), ct)),
            _ => null,
        };

    private async Task<ProductFormViewModel> FormPageAsync(int? id, ProductInput input, CancellationToken ct) =>
        new(id, input, await products.ReferencesAsync(ct));
}
