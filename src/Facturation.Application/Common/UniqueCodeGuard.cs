using Facturation.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Common;

/// <summary>
/// Turns a clash on a unique code into a field error. The check before saving gives the normal message;
/// the unique index still decides under a race, and its violation is mapped back to the same message.
/// </summary>
public static class UniqueCodeGuard
{
    public static async Task EnsureFreeAsync(Task<bool> taken, string field, string message)
    {
        ArgumentNullException.ThrowIfNull(taken);
        if (await taken)
        {
            throw Clash(field, message);
        }
    }

    public static async Task SaveAsync(DbContext db, Func<Task<bool>> taken, string field, string message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(taken);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await taken())
            {
                throw Clash(field, message);
            }

            throw;
        }
    }

    private static DomainException Clash(string field, string message) => new("code.taken", message, field);
}
