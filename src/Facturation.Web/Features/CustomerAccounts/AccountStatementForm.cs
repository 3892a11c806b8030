using Facturation.Application.Accounts;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Facturation.Web.Features.CustomerAccounts;

/// <summary>The period of a statement of account (query string), and the statement once computed.</summary>
public sealed class AccountStatementForm
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary><c>pdf</c> for the PDF; anything else shows the page.</summary>
    public string? Format { get; set; }

    public bool Inline { get; set; }

    [BindNever]
    public int CustomerId { get; set; }

    [BindNever]
    public AccountStatement? Statement { get; set; }

    public bool IsPdf => string.Equals(Format, "pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>The PDF of the statement shown, at <paramref name="statementAddress"/> (the statement screen's address).</summary>
    public string PdfUrl(string statementAddress, bool inline = false) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(statementAddress, new Dictionary<string, string?>
        {
            ["from"] = Statement?.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = Statement?.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["format"] = "pdf",
            ["inline"] = inline ? "true" : null,
        });
}
