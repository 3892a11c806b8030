using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing;

/// <summary>What the draft editor offers in its selects: active customers, tax codes, GL accounts and products.</summary>
public sealed record InvoiceEditorChoices(
    IReadOnlyList<Choice> Customers,
    IReadOnlyList<Choice> TaxCodes,
    IReadOnlyList<Choice> GlAccounts,
    IReadOnlyList<Choice> Products)
{
    public static async Task<InvoiceEditorChoices> LoadAsync(FacturationDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var customers = await db.Customers.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Name)
            .Select(c => new Choice(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Code + " — " + c.Name)).ToListAsync(ct);
        var (taxCodes, accounts) = await LoadLineChoicesAsync(db, ct);
        var products = await db.Products.AsNoTracking().Where(p => p.Active).OrderBy(p => p.Code)
            .Select(p => new Choice(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Code + " — " + p.Label)).ToListAsync(ct);
        return new InvoiceEditorChoices(customers, taxCodes, accounts, products);
    }

    /// <summary>The selects of a line (active tax codes and GL accounts): short lists, unlike customers and products.</summary>
    public static async Task<(IReadOnlyList<Choice> TaxCodes, IReadOnlyList<Choice> GlAccounts)> LoadLineChoicesAsync(FacturationDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var taxCodes = await db.TaxCodes.AsNoTracking().Where(t => t.Active).OrderBy(t => t.Code)
            .Select(t => new Choice(t.Code, t.Code + " — " + t.Label)).ToListAsync(ct);
        var accounts = await db.GlAccounts.AsNoTracking().Where(a => a.Active).OrderBy(a => a.Number)
            .Select(a => new Choice(a.Number, a.Number + " — " + a.Label)).ToListAsync(ct);
        return (taxCodes, accounts);
    }

    /// <summary>The contacts of the chosen customer, for the billing-contact select (empty without a customer).</summary>
    public static async Task<IReadOnlyList<Choice>> LoadContactsAsync(FacturationDb db, int? customerId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (customerId is null)
        {
            return [];
        }

        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, ct);
        return customer is null
            ? []
            : customer.Contacts.OrderBy(c => c.Position)
                .Select(c => new Choice(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Email is null ? c.Name : $"{c.Name} <{c.Email}>"))
                .ToList();
    }
}
