using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Facturation.Application.Mail;

/// <summary>
/// SMTP and network failures in French with a hint of what to check (ADR-029): what users read on the settings screen
/// ("Tester"), on the document page and in the outbox instead of MailKit's or the socket's English message. The
/// original message stays in the log.
/// </summary>
public static class SmtpErrorText
{
    public static string Of(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            SocketException { SocketErrorCode: SocketError.ConnectionRefused } =>
                "Connexion refusée par le serveur SMTP : vérifiez le nom du serveur et le port, et que le serveur est démarré.",
            SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain } =>
                "Serveur SMTP introuvable : vérifiez son nom (DNS).",
            SocketException { SocketErrorCode: SocketError.TimedOut } or TimeoutException =>
                "Le serveur SMTP ne répond pas (délai dépassé) : vérifiez le port et qu'un pare-feu ne bloque pas la connexion.",
            SocketException socket =>
                $"Erreur réseau vers le serveur SMTP ({socket.SocketErrorCode}) : vérifiez le serveur, le port et le réseau.",
            NotSupportedException when error.Message.Contains("STARTTLS", StringComparison.OrdinalIgnoreCase) =>
                "Le serveur SMTP ne propose pas STARTTLS : choisissez la sécurité « Aucune » ou « Automatique », ou le port 465 avec SSL/TLS.",
            SslHandshakeException or System.Security.Authentication.AuthenticationException =>
                "La connexion chiffrée au serveur SMTP a échoué : vérifiez la sécurité choisie pour ce port (465 : SSL/TLS, 587 : STARTTLS) et le certificat du serveur.",
            MailKit.Security.AuthenticationException =>
                "Identifiant ou mot de passe SMTP refusé : vérifiez-les auprès de votre fournisseur de messagerie.",
            SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } command =>
                $"Le serveur SMTP refuse le destinataire {command.Mailbox?.Address} : vérifiez l'adresse.",
            SmtpCommandException { ErrorCode: SmtpErrorCode.SenderNotAccepted } command =>
                $"Le serveur SMTP refuse l'expéditeur {command.Mailbox?.Address} : vérifiez l'adresse d'expéditeur autorisée pour ce compte.",
            SmtpCommandException command =>
                $"Le serveur SMTP a refusé le message (code {(int)command.StatusCode}) : vérifiez le compte et les adresses.",
            SmtpProtocolException or ProtocolException =>
                "Le serveur SMTP a interrompu l'échange : vérifiez le port et la sécurité choisie.",
            ServiceNotConnectedException =>
                "La connexion au serveur SMTP a été perdue : l'envoi sera retenté.",
            IOException { InnerException: SocketException inner } => Of(inner),
            InvalidOperationException => error.Message,
            _ => $"Échec de l'envoi : {error.Message}",
        };
    }
}
