using System.Text.Json.Serialization;
using Facturation.Application.Mail;

namespace Facturation.Web.Api.V1;

/// <summary>
/// Body of POST /api/v1/invoices/{id}/send; every field is optional and defaults to what the send screen
/// proposes (billing contact, CC contacts, templates). <c>to</c> and <c>cc</c> take an array of addresses
/// or a single string.
/// </summary>
public sealed class SendInvoiceRequest
{
    [JsonConverter(typeof(StringOrArrayConverter))]
    public List<string>? To { get; set; }

    [JsonConverter(typeof(StringOrArrayConverter))]
    public List<string>? Cc { get; set; }

    public string? Subject { get; set; }

    public string? Body { get; set; }

    /// <summary>The request's values over the defaults (null means "use the default").</summary>
    public SendInvoiceInput Over(SendInvoiceInput defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return new SendInvoiceInput
        {
            To = To ?? defaults.To,
            Cc = Cc ?? defaults.Cc,
            Subject = Subject ?? defaults.Subject,
            Body = Body ?? defaults.Body,
        };
    }
}
