namespace Facturation.Application.Mail;

/// <summary>
/// The SMTP account actually used: each value from configuration when set there, else from the Admin
/// screen. <see cref="FromConfiguration"/> names the values that come from configuration (shown on the screen).
/// </summary>
public sealed record SmtpAccount(
    string? Host,
    int Port,
    SmtpSecurity Security,
    string? UserName,
    string? Password,
    string? SenderName,
    string? SenderAddress,
    string? ReplyTo,
    IReadOnlySet<string> FromConfiguration)
{
    /// <summary>Why no email can be sent with this account, or null.</summary>
    public string? Problem => (Host, SenderAddress) switch
    {
        (null or "", _) => "Aucun serveur SMTP n'est configuré (Paramètres › E-mail).",
        (_, null or "") => "Aucune adresse d'expéditeur n'est configurée (Paramètres › E-mail).",
        _ => null,
    };
}
