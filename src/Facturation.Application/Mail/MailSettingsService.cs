using Facturation.Application.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Facturation.Application.Mail;

/// <summary>The email settings of the Admin screen merged with the "Smtp" configuration section (which wins).</summary>
public sealed class MailSettingsService(FacturationDb db, IOptionsMonitor<SmtpOptions> configuration, IDataProtectionProvider protection)
{
    private const string PasswordPurpose = "Facturation.Mail.SmtpPassword";

    public async Task<MailSettings> GetAsync(CancellationToken ct) =>
        await db.MailSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(ct) ?? new MailSettings();

    public async Task UpdateAsync(MailSettingsInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = await db.MailSettings.OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new MailSettings();
            db.MailSettings.Add(settings);
        }

        var protectedPassword = string.IsNullOrEmpty(input.Password) ? null : Protector.Protect(input.Password);
        settings.Update(input, protectedPassword);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The account to send with, the configuration overriding the saved settings value by value.</summary>
    public async Task<SmtpAccount> AccountAsync(CancellationToken ct)
    {
        var saved = await GetAsync(ct);
        var options = configuration.CurrentValue;
        var fromConfiguration = new HashSet<string>(StringComparer.Ordinal);
        string? Text(string name, string? configured, string? savedValue)
        {
            if (string.IsNullOrEmpty(configured))
            {
                return savedValue;
            }

            fromConfiguration.Add(name);
            return configured;
        }

        T Value<T>(string name, T? configured, T savedValue)
            where T : struct
        {
            if (configured is not { } value)
            {
                return savedValue;
            }

            fromConfiguration.Add(name);
            return value;
        }

        var port = Value(nameof(MailSettingsInput.Port), options.Port, saved.Port);

        // Never saved on the screen: the security follows the port rather than a fixed STARTTLS.
        var savedSecurity = saved.Id == 0 ? SmtpSecurityDefaults.ForPort(port) : saved.Security;
        var from = MailboxAddress.TryParse(options.From ?? string.Empty, out var parsed) ? parsed : null;
        var password = saved.ProtectedPassword is { } stored ? Protector.Unprotect(stored) : null;
        return new SmtpAccount(
            Text(nameof(MailSettingsInput.Host), options.Host, saved.Host),
            port,
            Value(nameof(MailSettingsInput.Security), options.Security, savedSecurity),
            Text(nameof(MailSettingsInput.UserName), options.User, saved.UserName),
            Text(nameof(MailSettingsInput.Password), options.Password, password),
            Text(nameof(MailSettingsInput.SenderName), from?.Name, saved.SenderName),
            Text(nameof(MailSettingsInput.SenderAddress), from?.Address, saved.SenderAddress),
            saved.ReplyTo,
            fromConfiguration);
    }

    /// <summary>Sends a test email at once with the current account; returns the French error, or null when the server accepted it.</summary>
    public async Task<string?> SendTestAsync(string to, CancellationToken ct)
    {
        var account = await AccountAsync(ct);
        if (account.Problem is { } problem)
        {
            return problem;
        }

        try
        {
            await SmtpMailer.SendTestAsync(account, to, ct);
            return null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return $"Échec de l'envoi de l'e-mail de test. {SmtpErrorText.Of(error)}";
        }
    }

    private IDataProtector Protector => protection.CreateProtector(PasswordPurpose);
}
