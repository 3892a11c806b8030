using Facturation.Application.Invoicing;
using Facturation.Application.Invoicing.Editor;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>
/// The partial-page requests of the live draft editor (ADR-028). Each receives the whole editor form as posted
/// (antiforgery token included), saves nothing, and answers an HTML fragment whose elements with an id replace
/// the elements with the same id in the page (<c>wwwroot/js/invoice-editor.js</c>).
/// </summary>
[Authorize(Policy = Policies.Bill)]
[Route("Invoices/Editor")]
public sealed class DraftEditorController(DraftEditorService editor) : Controller
{
    /// <summary>The editor's views live with the invoice screens, not in a folder named after this controller.</summary>
    private const string Views = "~/Features/Invoices/";

    /// <summary>The totals, tax breakdown and line totals of the posted form, computed by the aggregate.</summary>
    [HttpPost("Preview")]
    public async Task<IActionResult> Preview(InvoiceInput input, CancellationToken ct)
    {
        // Without a customer the service explains what is missing; the model's own errors would only add noise.
        var preview = ModelState.IsValid || input.CustomerId is null
            ? await editor.PreviewAsync(input, User.ToActor(), ct)
            : DraftPreview.Unavailable(FirstError(), input.Lines.Count);
        return PartialView(Views + "_EditorPreview.cshtml", preview);
    }

    /// <summary>Applies a line command (add, duplicate:i, remove:i, up:i, down:i, product:i, dossier-line:id, customer) and redraws lines, totals and the customer-dependent selects.</summary>
    [HttpPost("Lines")]
    public async Task<IActionResult> Lines(InvoiceInput input, string? command, CancellationToken ct)
    {
        InvoiceEditorCommand.Apply(input, command);
        if (InvoiceEditorCommand.ProductRow(command, input) is { } line)
        {
            await editor.FillFromProductAsync(line, ct);
        }

        // The redrawn rows show the values after the command, not those posted at the old positions.
        ModelState.Clear();
        return PartialView(Views + "_EditorRefresh.cshtml", new DraftEditorViewModel(input, await editor.ContextAsync(input, User.ToActor(), ct)));
    }

    [HttpGet("Customers")]
    public async Task<IActionResult> Customers(string? q, CancellationToken ct) =>
        PartialView(Views + "_Suggestions.cshtml", await editor.SearchCustomersAsync(q, ct));

    [HttpGet("Products")]
    public async Task<IActionResult> Products(string? q, CancellationToken ct) =>
        PartialView(Views + "_Suggestions.cshtml", await editor.SearchProductsAsync(q, ct));

    private string FirstError() =>
        "Totaux indisponibles : " + (ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault(m => m.Length > 0) ?? "corrigez les champs signalés.");
}
