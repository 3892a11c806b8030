namespace Facturation.Application.Mail;

/// <summary>The Admin email settings form. An empty password keeps the saved one.</summary>
public sealed class MailSettingsInput
{
    public string? Host { get; set; }

    public int? Port { get; set; }

    public SmtpSecurity? Security { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool ClearPassword { get; set; }

    public string? SenderName { get; set; }

    public string? SenderAddress { get; set; }

    public string? ReplyTo { get; set; }

    public string? SubjectTemplate { get; set; }

    public string? BodyTemplate { get; set; }

    public static MailSettingsInput From(MailSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new MailSettingsInput
        {
            Host = settings.Host,
            Port = settings.Port,
            Security = settings.Security,
            UserName = settings.UserName,
            SenderName = settings.SenderName,
            SenderAddress = settings.SenderAddress,
            ReplyTo = settings.ReplyTo,
            SubjectTemplate = settings.SubjectTemplate,
            BodyTemplate = settings.BodyTemplate,
        };
    }
}
