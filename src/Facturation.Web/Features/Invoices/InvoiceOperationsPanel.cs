using System.Globalization;
using Facturation.Application.Invoicing;
using Facturation.Domain.Invoicing;

namespace Facturation.Web.Features.Invoices;

public sealed record InvoiceOperationsPanel(Invoice Invoice, OperationChoices Choices, bool CanEdit)
{
    public string? ActivityName => Find(Choices.Activities, Invoice.ActivityId?.ToString(CultureInfo.InvariantCulture));

    public string? AuthorName => Find(Choices.Authors, Invoice.AuthorId);

    public static bool IsSelected(Choice choice, int? id)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return choice.Value == id?.ToString(CultureInfo.InvariantCulture);
    }

    private static string? Find(IReadOnlyList<Choice> choices, string? value) => choices.FirstOrDefault(c => c.Value == value)?.Text;
}
