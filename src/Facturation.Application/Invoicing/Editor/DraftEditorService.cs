using System.Globalization;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing.Editor;

/// <summary>
/// What the live draft editor asks the server between two saves (ADR-028): the totals of the posted form computed by
/// the aggregate itself, a product's defaults for its row, and the customer/product searches of the autocompletes.
/// Only <see cref="SaveAndFinalizeAsync"/> writes, through the ordinary draft and finalization use cases.
/// </summary>
public sealed class DraftEditorService(FacturationDb db, InvoiceService invoices)
{
    /// <summary>At most this many suggestions per search: an autocomplete, never a list of thousands.</summary>
    public const int SuggestionLimit = 10;

    /// <summary>
    /// The posted draft priced by <see cref="Domain.Invoicing.Invoice"/> in memory — one source of truth for line nets,
    /// tax breakdown and totals (EN 16931 rounding). A rule the draft breaks is reported, not thrown: the editor shows
    /// it in place of the totals while the user is still typing.
    /// </summary>
    public async Task<DraftPreview> PreviewAsync(InvoiceInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.CustomerId is null)
        {
            return DraftPreview.Unavailable("Choisissez un client pour calculer les totaux.", input.Lines.Count);
        }

        try
        {
            return DraftPreview.Of(await invoices.PreviewAsync(input, actor, ct), input.Lines);
        }
        catch (DomainException problem)
        {
            return DraftPreview.Unavailable(problem.Message, input.Lines.Count);
        }
    }

    /// <summary>
    /// The editor's short path, "Finaliser et envoyer": the posted draft is saved (created when <paramref name="draftId"/>
    /// is null) and finalized in ONE transaction, so a draft the finalization refuses is not left half-done behind the
    /// re-displayed form. Numbering, archiving and the audit entry are <see cref="InvoiceService.FinalizeAsync"/>'s.
    /// </summary>
    public async Task<Invoice> SaveAndFinalizeAsync(int? draftId, InvoiceInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var draft = draftId is { } id ? await invoices.UpdateDraftAsync(id, input, actor, ct) : await invoices.CreateDraftAsync(input, actor, ct);
        var issued = await invoices.FinalizeAsync(draft.Id, actor, ct);
        await transaction.CommitAsync(ct);
        return issued;
    }

    /// <summary>Picking a product replaces the row's designation, unit, price, tax code and GL account with the product's.</summary>
    public async Task FillFromProductAsync(InvoiceLineInput line, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.ProductId is not { } productId)
        {
            return;
        }

        // An unknown or deactivated product fills nothing; saving the draft reports it on its field.
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId && p.Active, ct);
        if (product is null)
        {
            return;
        }

        var taxCode = product.DefaultTaxCodeId is { } taxId ? await db.TaxCodes.AsNoTracking().Where(t => t.Id == taxId).Select(t => t.Code).SingleOrDefaultAsync(ct) : null;
        var account = product.DefaultGlAccountId is { } accountId ? await db.GlAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Number).SingleOrDefaultAsync(ct) : null;
        line.Description = string.IsNullOrEmpty(product.Description) ? product.Label : $"{product.Label}\n{product.Description}";
        line.Unit = product.Unit;
        line.UnitPrice = product.UnitPrice;
        line.Quantity ??= 1m;
        line.TaxCode = taxCode ?? line.TaxCode;
        line.GlAccount = account ?? line.GlAccount;
    }

    /// <summary>Active customers whose code or name contains <paramref name="term"/>, by name.</summary>
    public async Task<IReadOnlyList<Choice>> SearchCustomersAsync(string? term, CancellationToken ct)
    {
        var customers = db.Customers.AsNoTracking().Where(c => c.Active);
        if (Normalized(term) is { } text)
        {
            customers = customers.Where(c => c.Code.ToLower().Contains(text) || c.Name.ToLower().Contains(text));
        }

        return await customers.OrderBy(c => c.Name).Take(SuggestionLimit)
            .Select(c => new Choice(c.Id.ToString(CultureInfo.InvariantCulture), c.Code + " — " + c.Name)).ToListAsync(ct);
    }

    /// <summary>Active products whose code or label contains <paramref name="term"/>, by code.</summary>
    public async Task<IReadOnlyList<Choice>> SearchProductsAsync(string? term, CancellationToken ct)
    {
        var products = db.Products.AsNoTracking().Where(p => p.Active);
        if (Normalized(term) is { } text)
        {
            products = products.Where(p => p.Code.ToLower().Contains(text) || p.Label.ToLower().Contains(text));
        }

        return await products.OrderBy(p => p.Code).Take(SuggestionLimit)
            .Select(p => new Choice(p.Id.ToString(CultureInfo.InvariantCulture), p.Code + " — " + p.Label)).ToListAsync(ct);
    }

    /// <summary>Everything the editor form shows besides the posted values: selects, the chosen customer's and products' labels, the live totals.</summary>
    public async Task<DraftEditorContext> ContextAsync(InvoiceInput input, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Only the short selects: customers and products are searched, never listed.
        var (taxCodes, accounts) = await InvoiceEditorChoices.LoadLineChoicesAsync(db, ct);
        var contacts = await invoices.ContactChoicesAsync(input.CustomerId, ct);
        var dossierLines = await DossierLineSource.ChoicesAsync(db, input.CustomerId, ct);
        var customer = input.CustomerId is { } customerId
            ? await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Code + " — " + c.Name).SingleOrDefaultAsync(ct)
            : null;
        var productIds = input.Lines.Select(l => l.ProductId).OfType<int>().Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code + " — " + p.Label, ct);
        var preview = await PreviewAsync(input, actor, ct);
        return new DraftEditorContext(taxCodes, accounts, contacts, dossierLines, customer, products, preview);
    }

    /// <summary>The search term in lower case (matched case-insensitively on every provider); null for an empty term.</summary>
    private static string? Normalized(string? term) => string.IsNullOrWhiteSpace(term) ? null : term.Trim().ToLowerInvariant();
}
