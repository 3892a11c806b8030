using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Activities;
using Facturation.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Activities;

/// <summary>The activities reference data (ADR-027): list, create, edit, deactivate. Never deleted once created: documents refer to them.</summary>
public sealed class ActivityService(FacturationDb db)
{
    private const string CodeTaken = "Ce code est déjà utilisé par une autre activité.";

    public async Task<IReadOnlyList<Activity>> ListAsync(bool includeInactive, CancellationToken ct) =>
        await db.Activities.AsNoTracking().Where(a => includeInactive || a.Active).OrderBy(a => a.Code).ThenBy(a => a.Id).ToListAsync(ct);

    public async Task<Activity> GetAsync(int id, CancellationToken ct) =>
        await db.Activities.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct)
        ?? throw DomainException.NotFound("activity", "Activité", id);

    public async Task<Activity> CreateAsync(ActivityInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var activity = new Activity(input.Code ?? string.Empty, input.Name ?? string.Empty);
        activity.SetActive(input.Active);
        await UniqueCodeGuard.EnsureFreeAsync(CodeTakenAsync(activity.Code, null, ct), nameof(Activity.Code), CodeTaken);
        db.Activities.Add(activity);
        await UniqueCodeGuard.SaveAsync(db, () => CodeTakenAsync(activity.Code, null, ct), nameof(Activity.Code), CodeTaken, ct);
        return activity;
    }

    public async Task<Activity> UpdateAsync(int id, ActivityInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var activity = await db.Activities.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw DomainException.NotFound("activity", "Activité", id);
        activity.Update(input.Code ?? string.Empty, input.Name ?? string.Empty, input.Active);
        await UniqueCodeGuard.EnsureFreeAsync(CodeTakenAsync(activity.Code, id, ct), nameof(Activity.Code), CodeTaken);
        await UniqueCodeGuard.SaveAsync(db, () => CodeTakenAsync(activity.Code, id, ct), nameof(Activity.Code), CodeTaken, ct);
        return activity;
    }

    /// <summary>Refuses an activity that does not exist, or an inactive one unless the document already carries it.</summary>
    internal async Task EnsureSelectableAsync(int? activityId, int? current, string field, CancellationToken ct)
    {
        if (activityId is not { } id || id == current)
        {
            return;
        }

        if (!await db.Activities.AnyAsync(a => a.Id == id && a.Active, ct))
        {
            throw new DomainException("invoice.activity_unknown", "Activité introuvable ou inactive.", field);
        }
    }

    private Task<bool> CodeTakenAsync(string code, int? exceptId, CancellationToken ct) =>
        db.Activities.AnyAsync(a => a.Code == code && a.Id != exceptId, ct);
}
