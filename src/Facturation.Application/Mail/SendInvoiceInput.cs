namespace Facturation.Application.Mail;

/// <summary>The send screen: recipients (typed as "a@x.fr, b@y.fr"), subject and body, all editable.</summary>
public sealed class SendInvoiceInput
{
    public List<string> To { get; set; } = [];

    public List<string> Cc { get; set; } = [];

    public string? Subject { get; set; }

    public string? Body { get; set; }
}
