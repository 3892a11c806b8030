using Facturation.Application.Mail;

namespace Facturation.Web.Features.MailSettings;

/// <summary>
/// The SMTP settings form; <see cref="Account"/> is the account in effect (configuration keys win over the form) and
/// <see cref="TestRecipient"/> the address the test e-mail is offered to (the signed-in user's).
/// </summary>
public sealed record MailSettingsViewModel(MailSettingsInput Input, SmtpAccount Account, string? TestRecipient);
