using System.Text.Encodings.Web;
using Facturation.Application.Invoicing;
using Facturation.Application.Recurring;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Facturation.Web.Features.RecurringInvoices;

/// <summary>
/// The form's rows: the saved or posted lines and blank rows to fill, and the error markup of a row's field.
/// </summary>
public static class RecurringInvoiceForm
{
    /// <summary>Empty rows offered under the template's lines (blank rows are ignored on save).</summary>
    public const int BlankRows = 3;

    /// <summary>The posted or saved lines (trailing blank rows dropped, so that error indexes still match) and blank rows to fill.</summary>
    public static IReadOnlyList<InvoiceLineInput> RowsOf(RecurringInvoiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var filled = input.Lines.FindLastIndex(l => !l.IsBlank) + 1;
        return [.. input.Lines.Take(filled), .. Enumerable.Range(0, BlankRows).Select(_ => new InvoiceLineInput())];
    }

    /// <summary>
    /// The error of a line's field, in the markup <c>asp-validation-for</c> produces (the rows beyond the model's
    /// lines have no model expression to bind it to).
    /// </summary>
    public static IHtmlContent LineError(ModelStateDictionary modelState, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var message = modelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;
        var encoder = HtmlEncoder.Default;
        return new HtmlString(message is null
            ? $"<span class=\"field-validation-valid\" data-valmsg-for=\"{encoder.Encode(key)}\" data-valmsg-replace=\"true\"></span>"
            : $"<span class=\"field-validation-error\" data-valmsg-for=\"{encoder.Encode(key)}\" data-valmsg-replace=\"true\">{encoder.Encode(message)}</span>");
    }
}
