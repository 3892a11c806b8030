namespace Facturation.Application.Mail;

/// <summary>
/// The "Smtp" configuration section (Smtp__Host, Smtp__Port, Smtp__Security, Smtp__User, Smtp__Password,
/// Smtp__From). A value set here wins over the one saved on the Admin screen.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int? Port { get; set; }

    public SmtpSecurity? Security { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>"adresse@exemple.fr" or "Nom &lt;adresse@exemple.fr&gt;".</summary>
    public string? From { get; set; }
}
