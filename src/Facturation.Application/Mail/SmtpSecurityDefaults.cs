namespace Facturation.Application.Mail;

/// <summary>The security that goes with a port when none is chosen (ADR-029): 465 is implicit TLS, 587 submission with STARTTLS, anything else (25, 1025…) STARTTLS when offered.</summary>
public static class SmtpSecurityDefaults
{
    public static SmtpSecurity ForPort(int port) => port switch
    {
        465 => SmtpSecurity.SslOnConnect,
        587 => SmtpSecurity.StartTls,
        _ => SmtpSecurity.Auto,
    };
}
