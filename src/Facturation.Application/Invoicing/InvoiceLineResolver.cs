using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing;

/// <summary>
/// Turns posted codes into what the aggregate needs: the customer's defaults (payment terms, Québec tax
/// registration), tax-code snapshots, GL accounts and product defaults. An unknown reference is a field error.
/// </summary>
public sealed class InvoiceLineResolver(FacturationDb db)
{
    public async Task<(InvoiceHeader Header, List<LineDetails> Lines)> ResolveAsync(InvoiceInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.CustomerId, ct)
            ?? throw new DomainException("invoice.customer_unknown", "Client introuvable.", nameof(InvoiceInput.CustomerId));
        var company = await db.Companies.AsNoTracking().FirstAsync(ct);
        if (input.BillingContactId is { } contactId && customer.Contacts.All(c => c.Id != contactId))
        {
            throw new DomainException("invoice.contact_unknown", "Ce contact n'appartient pas au client.", nameof(InvoiceInput.BillingContactId));
        }

        var posted = input.Lines.Where(l => !l.IsBlank).ToList();
        await EnsureDeductionsOfCustomerAsync(posted, customer.Id, ct);
        var dossierReference = await DossierLineSource.FillAsync(db, posted, customer.Id, ct);
        var terms = input.DueDate is null ? input.PaymentTermsDays ?? customer.PaymentTermsDays ?? company.DefaultPaymentTermsDays : input.PaymentTermsDays;
        var header = new InvoiceHeader(
            customer.Id, input.BillingContactId ?? customer.BillingContact?.Id, input.IssueDate, input.DeliveryDate, input.DeliveryPeriodEnd,
            input.DueDate, terms, input.Reference ?? dossierReference, input.Currency ?? company.Currency, input.PublicNote, input.PrivateNote,
            customer.QuebecTaxRegistration, input.OperationNature,
            input.DeliveryAddress is { IsEmpty: false } delivery ? delivery.ToAddress() : null,
            input.ActivityId);
        if (input.ActivityId is { } activityId && !await db.Activities.AnyAsync(a => a.Id == activityId, ct))
        {
            throw new DomainException("invoice.activity_unknown", "Activité introuvable.", nameof(InvoiceInput.ActivityId));
        }

        var taxCodeNames = posted.Select(l => l.TaxCode?.Trim().ToUpperInvariant()).OfType<string>().Distinct().ToList();
        var taxCodes = await db.TaxCodes.AsNoTracking().Where(t => taxCodeNames.Contains(t.Code)).ToDictionaryAsync(t => t.Code, ct);
        var accountNumbers = posted.Select(l => l.GlAccount?.Trim().ToUpperInvariant()).OfType<string>().Distinct().ToList();
        var accounts = await db.GlAccounts.AsNoTracking().Where(a => accountNumbers.Contains(a.Number)).ToDictionaryAsync(a => a.Number, ct);
        var productIds = posted.Select(l => l.ProductId).OfType<int>().Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var productTaxIds = products.Values.Select(p => p.DefaultTaxCodeId).OfType<int>().ToList();
        var productAccountIds = products.Values.Select(p => p.DefaultGlAccountId).OfType<int>().ToList();
        var taxById = await db.TaxCodes.AsNoTracking().Where(t => productTaxIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var accountById = await db.GlAccounts.AsNoTracking().Where(a => productAccountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);

        var lines = new List<LineDetails>(posted.Count);
        for (var i = 0; i < posted.Count; i++)
        {
            var line = posted[i];
            var field = $"Lines[{i}].";
            var product = line.ProductId is { } pid
                ? products.GetValueOrDefault(pid) ?? throw new DomainException("line.product_unknown", "Produit introuvable.", field + nameof(InvoiceLineInput.ProductId))
                : null;
            var tax = line.TaxCode is { Length: > 0 } code
                ? taxCodes.GetValueOrDefault(code.Trim().ToUpperInvariant()) is { Active: true } found
                    ? LineTax.From(found)
                    : throw new DomainException("line.tax_unknown", $"Code de taxe « {code} » inconnu ou inactif.", field + nameof(InvoiceLineInput.TaxCode))
                : product?.DefaultTaxCodeId is { } taxId && taxById.TryGetValue(taxId, out var productTax) ? LineTax.From(productTax) : null;
            var account = line.GlAccount is { Length: > 0 } number
                ? accounts.GetValueOrDefault(number.Trim().ToUpperInvariant()) is { Active: true } acc
                    ? acc
                    : throw new DomainException("line.gl_unknown", $"Compte GL « {number} » inconnu ou inactif.", field + nameof(InvoiceLineInput.GlAccount))
                : product?.DefaultGlAccountId is { } accountId ? accountById.GetValueOrDefault(accountId) : null;
            var description = string.IsNullOrWhiteSpace(line.Description)
                ? product is null ? string.Empty : string.IsNullOrEmpty(product.Description) ? product.Label : $"{product.Label}\n{product.Description}"
                : line.Description;
            lines.Add(new LineDetails(
                line.Kind,
                description,
                line.Quantity ?? (line.Kind == LineKind.Item ? 1m : 0m),
                line.Unit ?? product?.Unit,
                line.UnitPrice ?? product?.UnitPrice ?? 0m,
                line.DiscountPercent ?? (line.Kind == LineKind.Item ? customer.DefaultDiscountPercent : 0m),
                line.Kind == LineKind.Item ? tax : null,
                account?.Id,
                account?.Number,
                product?.Id,
                product?.CostPrice,
                line.DossierLineId,
                line.PreviousPercent,
                line.CumulativePercent,
                line.DeductedInvoiceId));
        }

        return (header, lines);
    }

    /// <summary>A deduction line deducts a deposit or situation of the same customer, never another customer's document.</summary>
    private async Task EnsureDeductionsOfCustomerAsync(List<InvoiceLineInput> posted, int customerId, CancellationToken ct)
    {
        var deductedIds = posted.Select(l => l.DeductedInvoiceId).OfType<int>().Distinct().ToList();
        if (deductedIds.Count == 0)
        {
            return;
        }

        var owners = await db.Invoices.AsNoTracking().Where(i => deductedIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.CustomerId, ct);
        var wrong = posted.FindIndex(l => l.DeductedInvoiceId is { } id && owners.GetValueOrDefault(id) != customerId);
        if (wrong >= 0)
        {
            throw new DomainException(
                "line.deduction_foreign",
                "Le document déduit est introuvable ou appartient à un autre client.",
                $"Lines[{wrong}].{nameof(InvoiceLineInput.DeductedInvoiceId)}");
        }
    }
}
