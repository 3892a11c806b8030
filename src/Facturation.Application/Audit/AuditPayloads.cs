using System.Text.Json.Nodes;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Invoicing;
using Facturation.Domain.Numbering;
using Facturation.Domain.Payments;

namespace Facturation.Application.Audit;

/// <summary>The payloads of the events other than <c>invoice.issued</c> (docs/audit-trail.md lists their fields).</summary>
public static class AuditPayloads
{
    /// <summary>The document numbers an event concerns, as stored in the searchable <c>DocumentNumber</c> column.</summary>
    public static string? Numbers(IEnumerable<Invoice> documents) =>
        string.Join(", ", documents.Select(d => d.DisplayNumber).Distinct()) is { Length: > 0 } joined ? joined : null;

    public static JsonObject Sent(Invoice invoice, IEnumerable<string> recipients, int outboxMessageId, DateTime sentAtUtc)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new JsonObject
        {
            ["invoiceId"] = invoice.Id,
            ["number"] = invoice.DisplayNumber,
            ["issued"] = !invoice.IsDraft,
            ["outboxMessageId"] = outboxMessageId,
            ["recipients"] = new JsonArray([.. recipients.Select(r => (JsonNode)JsonValue.Create(r))]),
            ["sentAtUtc"] = CanonicalJson.Time(sentAtUtc),
        };
    }

    /// <summary><c>invoice.reminder_sent</c>: the delivered e-mail of a reminder (ADR-020).</summary>
    public static JsonObject ReminderDelivered(Invoice invoice, int level, string levelName, IEnumerable<string> recipients, int outboxMessageId, DateTime sentAtUtc)
    {
        var payload = Sent(invoice, recipients, outboxMessageId, sentAtUtc);
        payload["level"] = level;
        payload["levelName"] = levelName;
        return payload;
    }

    /// <summary><c>payment.recorded</c>, <c>credit.refunded</c> and <c>payment.voided</c> (then with the reason).</summary>
    public static JsonObject Payment(Payment payment, IEnumerable<Invoice> documents, string? voidReason = null)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var numbers = documents.ToDictionary(d => d.Id, d => d.DisplayNumber);
        var payload = new JsonObject
        {
            ["paymentId"] = payment.Id,
            ["customerId"] = payment.CustomerId,
            ["direction"] = payment.Direction.ToString(),
            ["date"] = CanonicalJson.Date(payment.Date),
            ["amount"] = CanonicalJson.Amount(payment.Amount),
            ["method"] = payment.Method.ToString(),
            ["reference"] = payment.Reference,
            ["bankAccount"] = payment.BankAccount,
            ["allocations"] = new JsonArray([.. payment.Allocations.OrderBy(a => a.InvoiceId).Select(a => (JsonNode)new JsonObject
            {
                ["invoiceId"] = a.InvoiceId,
                ["number"] = numbers.GetValueOrDefault(a.InvoiceId),
                ["amount"] = CanonicalJson.Amount(a.Amount),
            })]),
        };
        if (voidReason is not null)
        {
            payload["reason"] = voidReason;
        }

        return payload;
    }

    public static JsonObject CreditApplied(CreditApplication application, Invoice creditNote, Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(creditNote);
        ArgumentNullException.ThrowIfNull(invoice);
        return new JsonObject
        {
            ["creditApplicationId"] = application.Id,
            ["creditNoteId"] = creditNote.Id,
            ["creditNoteNumber"] = creditNote.DisplayNumber,
            ["invoiceId"] = invoice.Id,
            ["invoiceNumber"] = invoice.DisplayNumber,
            ["date"] = CanonicalJson.Date(application.Date),
            ["amount"] = CanonicalJson.Amount(application.Amount),
        };
    }

    public static JsonObject CreditReversed(CreditApplication application, Invoice creditNote, Invoice invoice, string reason)
    {
        var payload = CreditApplied(application, creditNote, invoice);
        payload["reason"] = reason;
        return payload;
    }

    public static JsonObject Cancelled(Invoice cancelled, Invoice counterpart, string? reason)
    {
        ArgumentNullException.ThrowIfNull(cancelled);
        ArgumentNullException.ThrowIfNull(counterpart);
        return new JsonObject
        {
            ["invoiceId"] = cancelled.Id,
            ["number"] = cancelled.DisplayNumber,
            ["counterpartId"] = counterpart.Id,
            ["counterpartNumber"] = counterpart.DisplayNumber,
            ["reason"] = reason,
        };
    }

    public static JsonObject Replaced(Invoice original, Invoice replacement, string? reason)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(replacement);
        return new JsonObject
        {
            ["invoiceId"] = original.Id,
            ["number"] = original.DisplayNumber,
            ["replacementId"] = replacement.Id,
            ["replacementProformaNumber"] = replacement.ProformaNumber,
            ["reason"] = reason,
        };
    }

    public static JsonObject NumberingChanged(NumberingSeries series, string previousMask, ResetPolicy previousReset)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new JsonObject
        {
            ["seriesId"] = series.Id,
            ["kind"] = series.Kind.ToString(),
            ["before"] = new JsonObject { ["mask"] = previousMask, ["reset"] = previousReset.ToString() },
            ["after"] = new JsonObject { ["mask"] = series.Mask, ["reset"] = series.Reset.ToString() },
        };
    }

    /// <summary><c>company.identity_changed</c>; the payloads of <see cref="CompanyIdentity"/> taken before and after.</summary>
    public static JsonObject CompanyIdentityChanged(JsonObject before, JsonObject after) => new() { ["before"] = before, ["after"] = after };

    public static JsonObject UserRolesChanged(string userId, string? email, IEnumerable<string> before, IEnumerable<string> after) => new()
    {
        ["userId"] = userId,
        ["email"] = email,
        ["before"] = new JsonArray([.. before.Order(StringComparer.Ordinal).Select(r => (JsonNode)JsonValue.Create(r))]),
        ["after"] = new JsonArray([.. after.Order(StringComparer.Ordinal).Select(r => (JsonNode)JsonValue.Create(r))]),
    };

    /// <summary>The company's legal identity as printed on its documents.</summary>
    public static JsonObject CompanyIdentity(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return new JsonObject
        {
            ["legalName"] = company.LegalName,
            ["legalForm"] = company.LegalForm,
            ["shareCapital"] = CanonicalJson.Amount(company.ShareCapital),
            ["siren"] = company.Siren,
            ["siret"] = company.Siret,
            ["rcsCity"] = company.RcsCity,
            ["vatNumber"] = company.VatNumber,
            ["quebecNeq"] = company.QuebecNeq,
            ["quebecGstNumber"] = company.QuebecGstNumber,
            ["quebecQstNumber"] = company.QuebecQstNumber,
            ["address"] = Address(company.Address),
        };
    }

    public static JsonObject Address(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new JsonObject
        {
            ["line1"] = address.Line1,
            ["line2"] = address.Line2,
            ["postalCode"] = address.PostalCode,
            ["city"] = address.City,
            ["country"] = address.Country,
        };
    }
}
