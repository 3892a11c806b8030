namespace Facturation.Application.Mail;

/// <summary>The send screen: recipients (typed as "a@x.fr, b@y.fr"), subject and body, all editable.</summary>
public sealed class SendInvoiceInput
{
    public List<string> To { get; set; } = [];

    public List<string> Cc { get; set; } = [];

    public string? Subject { get; set; }

    public string? Body { get; set; }

    /// <summary>The send screen's explicit "send again" when the document was already sent minutes ago.</summary>
    public bool ConfirmResend { get; set; }
}
