using Facturation.Application.Reminders;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Reminders;

public sealed record InvoiceRemindersPanel(Invoice Invoice, IReadOnlyList<PaymentReminder> History, bool CanChangeLitigation)
{
    /// <summary>Why the litigation buttons are disabled, or null.</summary>
    public string? LitigationRefusal => CanChangeLitigation
        ? Invoice.InLitigation ? null : Invoice.LitigationRefusal
        : "Réservé aux gestionnaires de facturation et aux comptables.";
}
