using System.Text.Json.Nodes;
using Facturation.Application.Audit;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Reminders;

/// <summary>Putting an issued invoice in litigation ("En litige": the customer contests it, no reminder goes out) and ending it.</summary>
public sealed class LitigationService(FacturationDb db, AuditJournal journal, IBusinessClock clock)
{
    public Task<Invoice> OpenAsync(int invoiceId, string? reason, Actor actor, CancellationToken ct) =>
        ChangeAsync(invoiceId, actor, invoice => invoice.PutInLitigation(reason, actor, clock.UtcNow), ct);

    public Task<Invoice> CloseAsync(int invoiceId, Actor actor, CancellationToken ct) =>
        ChangeAsync(invoiceId, actor, invoice => invoice.EndLitigation(actor, clock.UtcNow), ct);

    private async Task<Invoice> ChangeAsync(int invoiceId, Actor actor, Action<Invoice> change, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == invoiceId, ct) ?? throw DomainException.NotFound("invoice", "Document", invoiceId);
        change(invoice);
        var payload = new JsonObject
        {
            ["invoiceId"] = invoice.Id,
            ["number"] = invoice.DisplayNumber,
            ["inLitigation"] = invoice.InLitigation,
            ["reason"] = invoice.LitigationReason,
        };
        await journal.AppendAsync(AuditEvents.InvoiceLitigation, actor, invoice.DisplayNumber, payload, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return invoice;
    }
}
