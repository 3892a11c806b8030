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
        View(new ProductListViewModel(await products.ListAsync(new ListQuery(search, page), ct), search, await products.ReferencesAsync(ct)));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        View(new ProductDetailsViewModel(await products.GetAsync(id, ct), await products.ReferencesAsync(ct)));

    [HttpGet]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        ProductForm.SetReferences(ViewData, await products.ReferencesAsync(ct));
        return View(new ProductInput());
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Create(ProductInput input, CancellationToken ct)
    {
        ProductForm.SetReferences(ViewData, await products.ReferencesAsync(ct));
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var product = await products.CreateAsync(input, ct);
        this.FlashSuccess($"Produit {product.Code} créé.");
        return RedirectToAction(nameof(Details), new { id = product.Id });
    }

    [HttpGet]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        ViewData["ProductId"] = id;
        ProductForm.SetReferences(ViewData, await products.ReferencesAsync(ct));
        return View(ProductInput.From(await products.GetAsync(id, ct)));
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageCustomers)]
    public async Task<IActionResult> Edit(int id, ProductInput input, CancellationToken ct)
    {
        ViewData["ProductId"] = id;
        ProductForm.SetReferences(ViewData, await products.ReferencesAsync(ct));
        if (!ModelState.IsValid)
        {
            return View(input);
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
    public Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct) =>
        Task.FromResult<IActionResult?>(refused?.Action switch
        {
            nameof(Create) or nameof(Edit) => View(refused.Action, refused.Input<ProductInput>()),
            _ => null,
        });
}
