namespace Facturation.Application.Mail;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}
