namespace Facturation.Application.Mail;

/// <summary>
/// The SMTP account and the invoice email templates saved on the Admin screen (one row). The password is
/// stored protected by ASP.NET Data Protection and is never shown back.
/// </summary>
public sealed class MailSettings
{
    public const string DefaultSubjectTemplate = "{document} {numero} — {societe}";

    public const string DefaultBodyTemplate =
        "Bonjour,\n\nVeuillez trouver ci-joint {le_document} {numero} d'un montant de {montant}, échéance le {echeance}.\n\nNous restons à votre disposition pour toute question.\n\nCordialement,\n{societe}";

    public int Id { get; private set; }

    public string? Host { get; private set; }

    public int Port { get; private set; } = 25;

    public SmtpSecurity Security { get; private set; } = SmtpSecurityDefaults.ForPort(25);

    public string? UserName { get; private set; }

    public string? ProtectedPassword { get; private set; }

    public string? SenderName { get; private set; }

    public string? SenderAddress { get; private set; }

    public string? ReplyTo { get; private set; }

    public string SubjectTemplate { get; private set; } = DefaultSubjectTemplate;

    public string BodyTemplate { get; private set; } = DefaultBodyTemplate;

    public void Update(MailSettingsInput input, string? protectedPassword)
    {
        ArgumentNullException.ThrowIfNull(input);
        Host = Blank(input.Host);
        Port = input.Port ?? 25;
        Security = input.Security ?? SmtpSecurityDefaults.ForPort(Port);
        UserName = Blank(input.UserName);
        SenderName = Blank(input.SenderName);
        SenderAddress = Blank(input.SenderAddress);
        ReplyTo = Blank(input.ReplyTo);
        SubjectTemplate = input.SubjectTemplate?.Trim() is { Length: > 0 } subject ? subject : DefaultSubjectTemplate;
        BodyTemplate = input.BodyTemplate?.Trim() is { Length: > 0 } body ? body.ReplaceLineEndings("\n") : DefaultBodyTemplate;
        if (input.ClearPassword)
        {
            ProtectedPassword = null;
        }
        else if (protectedPassword is not null)
        {
            ProtectedPassword = protectedPassword;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
