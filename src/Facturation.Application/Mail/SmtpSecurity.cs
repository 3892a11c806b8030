namespace Facturation.Application.Mail;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,

    /// <summary>STARTTLS when the server offers it, else plain (a local relay or a test catcher on port 25/1025).</summary>
    Auto,
}
