using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Invoicing.Listing;

/// <summary>
/// Per-user list settings stored server-side (ADR-032): the column chooser's choice and named saved views, so they follow
/// the user from one browser to another. Every method is scoped to the given user.
/// </summary>
public sealed class ListViewService(FacturationDb db, IBusinessClock clock)
{
    public const string InvoiceList = "invoices";

    /// <summary>The most views one user keeps per list.</summary>
    public const int MaxViews = 50;

    private static readonly string[] TransientKeys = ["page", "after"];

    /// <summary>
    /// The user's remembered columns (null: none chosen) and saved views of the list, in one round trip (the list reads
    /// both on every request): the user's row carries the columns as a scalar subquery and the views as a joined collection.
    /// </summary>
    public async Task<ListSettings> SettingsAsync(string userId, string list, CancellationToken ct)
    {
        var settings = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                Columns = db.UserListPreferences.Where(p => p.UserId == u.Id && p.List == list).Select(p => p.Columns).FirstOrDefault(),
                Views = db.SavedListViews.Where(v => v.UserId == u.Id && v.List == list).OrderBy(v => v.Name).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        return new ListSettings(settings?.Columns?.Split(',', StringSplitOptions.RemoveEmptyEntries), settings?.Views ?? []);
    }

    /// <summary>Remembers the columns; two requests racing on a first choice both end with one row (unique index, retried once).</summary>
    public async Task RememberColumnsAsync(string userId, string list, IReadOnlyList<string> columns, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var text = string.Join(',', columns);
        for (var attempt = 0; ; attempt++)
        {
            var preference = await db.UserListPreferences.SingleOrDefaultAsync(p => p.UserId == userId && p.List == list, ct);
            if (preference is null)
            {
                db.UserListPreferences.Add(new UserListPreference(userId, list, text, clock.UtcNow));
            }
            else if (preference.Columns != text)
            {
                preference.Remember(text, clock.UtcNow);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Saves the current query under a name (a view of the same name is replaced); paging is not part of a view.</summary>
    public async Task<SavedListView> SaveViewAsync(string userId, string list, string? name, string? query, CancellationToken ct)
    {
        var parsed = QueryHelpers.ParseQuery(query ?? string.Empty);
        var kept = parsed.Where(p => !TransientKeys.Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        var normalized = QueryString.Create(kept).ToString();
        var trimmed = name?.Trim();
        var existing = await db.SavedListViews.SingleOrDefaultAsync(v => v.UserId == userId && v.List == list && v.Name == trimmed, ct);
        if (existing is not null)
        {
            existing.Replace(normalized, clock.UtcNow);
            await db.SaveChangesAsync(ct);
            return existing;
        }

        if (await db.SavedListViews.CountAsync(v => v.UserId == userId && v.List == list, ct) >= MaxViews)
        {
            throw new DomainException("view.too_many", $"Vous avez déjà {MaxViews} vues enregistrées : supprimez-en une.", "name");
        }

        var view = new SavedListView(userId, list, trimmed, normalized, clock.UtcNow);
        db.SavedListViews.Add(view);
        await UniqueCodeGuard.SaveAsync(db, () => db.SavedListViews.AnyAsync(v => v.UserId == userId && v.List == list && v.Name == trimmed, ct), "name", "Une vue porte déjà ce nom.", ct);
        return view;
    }

    public async Task DeleteViewAsync(string userId, int id, CancellationToken ct)
    {
        var view = await db.SavedListViews.SingleOrDefaultAsync(v => v.Id == id && v.UserId == userId, ct)
            ?? throw DomainException.NotFound("view", "Vue", id);
        db.SavedListViews.Remove(view);
        await db.SaveChangesAsync(ct);
    }
}
