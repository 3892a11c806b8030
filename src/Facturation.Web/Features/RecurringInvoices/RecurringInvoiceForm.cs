using System.Text.Encodings.Web;
using Facturation.Application.Invoicing;
using Facturation.Application.Recurring;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Facturation.Web.Features.RecurringInvoices;

/// <summary>
/// The form's selects (customers, tax codes, accounts, products) come from view data, set before the service is
/// called so that a form re-displayed after a refused save still has them.
/// </summary>
public static class RecurringInvoiceForm
{
    /// <summary>Empty rows offered under the template's lines (blank rows are ignored on save).</summary>
    public const int BlankRows = 3;

    private const string ChoicesKey = "RecurringInvoiceChoices";

    public static void SetChoices(ViewDataDictionary viewData, InvoiceEditorChoices choices)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        viewData[ChoicesKey] = choices;
    }

    public static InvoiceEditorChoices Choices(ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        return viewData[ChoicesKey] as InvoiceEditorChoices ?? new InvoiceEditorChoices([], [], [], []);
    }

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
    public static IHtmlContent LineError(ViewDataDictionary viewData, string key)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        var message = viewData.ModelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;
        var encoder = HtmlEncoder.Default;
        return new HtmlString(message is null
            ? $"<span class=\"field-validation-valid\" data-valmsg-for=\"{encoder.Encode(key)}\" data-valmsg-replace=\"true\"></span>"
            : $"<span class=\"field-validation-error\" data-valmsg-for=\"{encoder.Encode(key)}\" data-valmsg-replace=\"true\">{encoder.Encode(message)}</span>");
    }
}
