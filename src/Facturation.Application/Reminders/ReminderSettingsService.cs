using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Reminders;

/// <summary>The reminder levels and the company's reminder options (Admin).</summary>
public sealed class ReminderSettingsService(FacturationDb db)
{
    private static readonly ReminderSettingsInputValidator Validator = new();

    public async Task<ReminderSettingsInput> GetAsync(CancellationToken ct)
    {
        var settings = await db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Reminders).FirstOrDefaultAsync(ct) ?? ReminderSettings.Default;
        var levels = await db.ReminderLevels.AsNoTracking().OrderBy(l => l.Level).ToListAsync(ct);
        return new ReminderSettingsInput
        {
            AutomaticSending = settings.AutomaticSending,
            PenaltyInvoiceAtLastLevel = settings.PenaltyInvoiceAtLastLevel,
            Levels = levels.Select(ReminderLevelInput.From).ToList(),
        };
    }

    /// <summary>Saves the options and the levels sent (matched by their number; levels are not added or removed here).</summary>
    public async Task UpdateAsync(ReminderSettingsInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if ((await Validator.ValidateAsync(input, ct)).Errors is [var error, ..])
        {
            throw new DomainException("reminders.invalid", error.ErrorMessage, error.PropertyName);
        }

        var company = await db.Companies.OrderBy(c => c.Id).FirstAsync(ct);
        company.UpdateReminders(new ReminderSettings(input.AutomaticSending, input.PenaltyInvoiceAtLastLevel));
        var levels = await db.ReminderLevels.ToDictionaryAsync(l => l.Level, ct);
        foreach (var (level, index) in input.Levels.Select((l, i) => (l, i)))
        {
            var stored = levels.GetValueOrDefault(level.Level)
                ?? throw new DomainException("reminders.unknown_level", $"Le niveau de relance {level.Level} n'existe pas.", $"Levels[{index}].Level");
            stored.Update(level.ToDetails());
        }

        await db.SaveChangesAsync(ct);
    }
}
